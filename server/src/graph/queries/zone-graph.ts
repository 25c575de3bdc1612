// A zone's collaboration network: what a zorgraad coordinator sees first.
import type { Subgraph } from '../../domain/graph';
import type { KnooppuntGraph } from '../knooppunt-graph';
import { forEachLinked, inducedSubgraphOf, labelCode, numberedGraph, RankSet, typeCode } from '../numbered-graph';

const ZONE = labelCode('Zone');
const ORGANISATION = labelCode('Organisation');
const [IN_ZONE, COUNCIL_OF, COVERS, DIRECTS, OPERATES, LOCATED_IN, PROVIDES, MEMBER_OF] = (
  ['IN_ZONE', 'COUNCIL_OF', 'COVERS', 'DIRECTS', 'OPERATES', 'LOCATED_IN', 'PROVIDES', 'MEMBER_OF'] as const
).map(typeCode) as [number, number, number, number, number, number, number, number];

/**
 * The zone, its municipalities, the other zones those municipalities lie in, the networks that cover,
 * are directed by or are the council of them, the organisations that sit in those networks, are run by
 * those municipalities or have offers there, those offers, and every relationship among all of these.
 * Undefined when the id is not a zone.
 */
export function zoneGraph(graph: KnooppuntGraph, zone: string): Subgraph | undefined {
  const numbered = numberedGraph(graph);
  const zoneRank = numbered.rankOf.get(zone);
  if (zoneRank === undefined || numbered.nodeLabel[zoneRank] !== ZONE) return undefined;
  const members = new RankSet(numbered);
  members.add(zoneRank);
  const networks = new Set<number>();
  const addNetwork = (network: number) => networks.add(network);
  forEachLinked(numbered, zoneRank, COUNCIL_OF, 'in', addNetwork);
  const addMember = (node: number) => members.add(node);
  const addOffer = (offer: number) => {
    members.add(offer);
    forEachLinked(numbered, offer, PROVIDES, 'in', addMember);
  };
  forEachLinked(numbered, zoneRank, IN_ZONE, 'in', (municipality) => {
    members.add(municipality);
    forEachLinked(numbered, municipality, IN_ZONE, 'out', addMember);
    forEachLinked(numbered, municipality, COVERS, 'in', addNetwork);
    forEachLinked(numbered, municipality, DIRECTS, 'out', addNetwork);
    forEachLinked(numbered, municipality, OPERATES, 'out', addMember);
    forEachLinked(numbered, municipality, LOCATED_IN, 'in', addOffer);
  });
  for (const network of networks) {
    members.add(network);
    forEachLinked(numbered, network, MEMBER_OF, 'in', (source) => {
      if (numbered.nodeLabel[source] === ORGANISATION) members.add(source);
    });
  }
  return inducedSubgraphOf(numbered, members);
}
