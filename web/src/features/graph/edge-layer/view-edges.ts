// A view's edges, kept apart from Cytoscape: the edge layer draws them, and the layout, the selection, a
// finding's focus and new nodes' first places read their ends and neighbours here. Cytoscape holds only the
// nodes (adding, styling, sorting and drawing Bruzel's 1,192 edges was ~0.25 s of its first view). Pure.
import type { ElementDefinition } from 'cytoscape';

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  /** The relationship type it is drawn as (a merged pair's leading type). */
  type: string;
  /** How many relationships it stands for (a merged pair or a group's summed edge), 1 for one. */
  weight: number;
}

export interface ViewEdges {
  readonly list: readonly ViewEdge[];
  readonly ids: ReadonlySet<string>;
  /** The nodes an edge joins to `id`, each once, in the order of the edges. */
  neighbours(id: string): readonly string[];
}

function indexEdges(list: readonly ViewEdge[]): ViewEdges {
  const adjacent = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = adjacent.get(from);
    if (!list) adjacent.set(from, [to]);
    else if (!list.includes(to)) list.push(to);
  };
  for (const edge of list) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  return { list, ids: new Set(list.map((edge) => edge.id)), neighbours: (id) => adjacent.get(id) ?? [] };
}

export const NO_EDGES: ViewEdges = indexEdges([]);

const isEdge = (element: ElementDefinition) => element.group === 'edges' || (element.data.source !== undefined && element.data.target !== undefined);

/** The nodes for Cytoscape and the edges for the layer; an edge with an end not among the nodes is left out. */
export function splitElements(elements: readonly ElementDefinition[]): { nodes: ElementDefinition[]; edges: ViewEdges } {
  const nodes = elements.filter((element) => !isEdge(element));
  const nodeIds = new Set(nodes.map((node) => String(node.data.id)));
  const edges: ViewEdge[] = [];
  for (const element of elements) {
    if (!isEdge(element)) continue;
    const { data } = element;
    const edge = { id: String(data.id), source: String(data.source), target: String(data.target), type: String(data.type), weight: Number(data.weight ?? 1) };
    if (nodeIds.has(edge.source) && nodeIds.has(edge.target)) edges.push(edge);
  }
  return { nodes, edges: indexEdges(edges) };
}

/** Whether two views have the same edges (by id): if not, the structure changed and the layout runs. */
export function sameEdges(a: ViewEdges, b: ViewEdges): boolean {
  if (a.ids.size !== b.ids.size) return false;
  for (const id of a.ids) if (!b.ids.has(id)) return false;
  return true;
}
