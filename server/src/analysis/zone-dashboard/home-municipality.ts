// Which municipality of the zone each actor of the collaboration graph belongs to, so that communities can be
// compared with municipal borders.
//
// Rule: a municipality is its own home. A network's home is the zone municipality that DIRECTS it, else the
// one zone municipality it COVERS when it covers exactly one. An organisation's home is the zone municipality
// that runs it (OPERATES), else the zone municipality where more of its offers are LOCATED_IN than in any other.
// Everything else has no home: supra-local networks without a regisseur in the zone (and the zorgraad, which
// covers none), organisations spread evenly over municipalities or only sitting in networks. They belong to no
// single municipality by construction, so they stay out of the alignment rather than being forced into one.
import { compareIds, linked, type KnooppuntGraph } from '../../graph/knooppunt-graph';

/** The one element of a list, or undefined when it has none or several. */
const only = (ids: readonly string[]): string | undefined => (ids.length === 1 ? ids[0] : undefined);

/** The zone municipality holding more of an organisation's offers than any other, if one does. */
function mostOffers(graph: KnooppuntGraph, organisation: string, municipalities: ReadonlySet<string>): string | undefined {
  const offers = new Map<string, number>();
  for (const offer of linked(graph, organisation, 'PROVIDES', 'out')) {
    for (const municipality of linked(graph, offer, 'LOCATED_IN', 'out')) {
      if (municipalities.has(municipality)) offers.set(municipality, (offers.get(municipality) ?? 0) + 1);
    }
  }
  const ranked = [...offers].sort(([a, countA], [b, countB]) => countB - countA || compareIds(a, b));
  const [first, second] = ranked;
  return first !== undefined && (second === undefined || second[1] < first[1]) ? first[0] : undefined;
}

/** Node id → its home municipality, for the nodes that have one (of `actors`, read in `graph`). */
export function homeMunicipalities(graph: KnooppuntGraph, actors: Iterable<string>, municipalities: ReadonlySet<string>): Map<string, string> {
  const inZone = (ids: readonly string[]) => ids.filter((id) => municipalities.has(id));
  const homes = new Map<string, string>();
  for (const actor of actors) {
    let home: string | undefined;
    switch (graph.getNodeAttribute(actor, 'label')) {
      case 'Municipality':
        home = municipalities.has(actor) ? actor : undefined;
        break;
      case 'Network':
        home = only(inZone(linked(graph, actor, 'DIRECTS', 'in'))) ?? only(inZone(linked(graph, actor, 'COVERS', 'out')));
        break;
      case 'Organisation':
        home = only(inZone(linked(graph, actor, 'OPERATES', 'in'))) ?? mostOffers(graph, actor, municipalities);
        break;
      default:
        home = undefined;
    }
    if (home !== undefined) homes.set(actor, home);
  }
  return homes;
}
