// A big view draws the relationships between the same two nodes as one line. Straight edges between the same
// ends lie on top of each other anyway, so the view loses nothing a person could see, while Cytoscape adds,
// styles, projects and draws each of them: in Bruzel with its offers a quarter of the edges were such
// repeats (a municipality that covers, directs and sits in a network; an offer located in and serving its
// municipality; several fundings of one organisation).
import type { RelationshipType } from '@knooppunt/server/domain/vocabulary';
import type { ElementDefinition } from 'cytoscape';

/**
 * Which relationship's colour and arrow the line takes: the one that says most about who holds the reins
 * (regie before running, running before membership, membership before money, place and reach last).
 */
export const LEAD_ORDER: readonly RelationshipType[] = [
  'DIRECTS',
  'OPERATES',
  'COUNCIL_OF',
  'MEMBER_OF',
  'PROVIDES',
  'FUNDS',
  'LOCATED_IN',
  'SERVES',
  'COVERS',
  'IN_ZONE',
  'ADJACENT_TO',
];

const leadRank = (type: unknown) => {
  const rank = LEAD_ORDER.indexOf(type as RelationshipType);
  return rank < 0 ? LEAD_ORDER.length : rank;
};

/** The data of a line standing for several relationships: `types` lists them all, `weight` counts them. */
export interface MergedEdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  types: string[];
  weight: number;
}

/**
 * One edge per pair of nodes, whichever way its relationships run: where there are several, a line in the
 * place of the first with the leading relationship's type, source and target, every type in `types` and the
 * relationships it stands for (summed edges' weights included) in `weight`. Nodes and lone edges stay as
 * they are, in their order.
 */
export function mergeParallelEdges(elements: readonly ElementDefinition[]): ElementDefinition[] {
  const pairs = new Map<string, ElementDefinition[]>();
  const pairOf = (element: ElementDefinition) => {
    const source = String(element.data.source);
    const target = String(element.data.target);
    return source < target ? `${source}|${target}` : `${target}|${source}`;
  };
  for (const element of elements) {
    if (element.group !== 'edges') continue;
    const key = pairOf(element);
    const edges = pairs.get(key);
    if (edges) edges.push(element);
    else pairs.set(key, [element]);
  }
  const result: ElementDefinition[] = [];
  for (const element of elements) {
    if (element.group !== 'edges') {
      result.push(element);
      continue;
    }
    const key = pairOf(element);
    const edges = pairs.get(key);
    // Written once, where the pair's first edge was; the pair's later edges are in it.
    if (!edges || edges[0] !== element) continue;
    if (edges.length === 1) {
      result.push(element);
      continue;
    }
    const lead = edges.reduce((best, edge) => (leadRank(edge.data.type) < leadRank(best.data.type) ? edge : best));
    const data: MergedEdgeData = {
      id: `pair:${key}`,
      source: String(lead.data.source),
      target: String(lead.data.target),
      type: String(lead.data.type),
      types: [...new Set(edges.map((edge) => String(edge.data.type)))].sort((a, b) => leadRank(a) - leadRank(b)),
      weight: edges.reduce((sum, edge) => sum + Number(edge.data.weight ?? 1), 0),
    };
    result.push({ group: 'edges', data });
  }
  return result;
}
