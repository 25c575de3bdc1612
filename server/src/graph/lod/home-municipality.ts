// The municipality each node belongs to on a map of Flanders: where a level-of-detail view draws and counts it.
import type { GraphNode, Relationship } from '../../domain/graph';

/**
 * A node's home: a municipality is its own; an offer's is where it is located; a network's is the
 * municipality that directs it, else the first it covers; an organisation's is the municipality that
 * operates it, else the one where most of its offers are located, else its networks' home. Ties go to the
 * smallest id, so the answer never depends on the order of the input. Zones and nodes with no tie to any
 * municipality have none.
 */
export function homeMunicipalities(nodes: Iterable<Pick<GraphNode, 'id' | 'label'>>, relationships: Iterable<Pick<Relationship, 'type' | 'from' | 'to'>>): Map<string, string> {
  const labels = new Map<string, GraphNode['label']>();
  for (const node of nodes) labels.set(node.id, node.label);
  const operatedBy = new Map<string, string>();
  const directedBy = new Map<string, string>();
  const firstCovered = new Map<string, string>();
  const offerAt = new Map<string, string>();
  const offersOf = new Map<string, string[]>();
  const networksOf = new Map<string, string[]>();
  const smaller = (current: string | undefined, candidate: string) => (current === undefined || candidate < current ? candidate : current);

  for (const rel of relationships) {
    if (!labels.has(rel.from) || !labels.has(rel.to)) continue;
    switch (rel.type) {
      case 'OPERATES':
        operatedBy.set(rel.to, smaller(operatedBy.get(rel.to), rel.from));
        break;
      case 'DIRECTS':
        directedBy.set(rel.to, smaller(directedBy.get(rel.to), rel.from));
        break;
      case 'COVERS':
        firstCovered.set(rel.from, smaller(firstCovered.get(rel.from), rel.to));
        break;
      case 'LOCATED_IN':
        offerAt.set(rel.from, rel.to);
        break;
      case 'PROVIDES':
        (offersOf.get(rel.from) ?? offersOf.set(rel.from, []).get(rel.from))?.push(rel.to);
        break;
      case 'MEMBER_OF':
        if (labels.get(rel.from) === 'Organisation') (networksOf.get(rel.from) ?? networksOf.set(rel.from, []).get(rel.from))?.push(rel.to);
        break;
      default:
        break;
    }
  }

  const homes = new Map<string, string>();
  for (const [id, label] of labels) {
    if (label === 'Municipality') homes.set(id, id);
    else if (label === 'Offer') {
      const at = offerAt.get(id);
      if (at !== undefined) homes.set(id, at);
    } else if (label === 'Network') {
      const home = directedBy.get(id) ?? firstCovered.get(id);
      if (home !== undefined) homes.set(id, home);
    }
  }
  for (const [id, label] of labels) {
    if (label !== 'Organisation') continue;
    const home = operatedBy.get(id) ?? mostFrequent((offersOf.get(id) ?? []).flatMap((offer) => homes.get(offer) ?? [])) ?? mostFrequent((networksOf.get(id) ?? []).flatMap((network) => homes.get(network) ?? []));
    if (home !== undefined) homes.set(id, home);
  }
  return homes;
}

/** The value seen most often, the smallest on a tie; undefined for none. */
function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
