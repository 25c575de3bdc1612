// What the detail layer holds: its nodes with their places, its edges with both ends' places resolved, and
// a spatial index of the nodes for hit-testing. Pure data; the layer (detail-layer.ts) draws and hit-tests it.
import KDBush from 'kdbush';
import type { Extent } from '../../underlay-canvas';
import type { DetailBatch, DetailNode } from '../detail-elements';

export type { Extent } from '../../underlay-canvas';

export interface Point {
  x: number;
  y: number;
}

/** An edge ready to draw: its ends' places looked up once, when it was added. */
export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  colour: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DetailScene {
  nodes: readonly DetailNode[];
  edges: readonly SceneEdge[];
  byId: ReadonlyMap<string, DetailNode>;
  /** kdbush over `nodes` (same order); null while there are none. */
  index: KDBush | null;
  /** The largest node's radius: how far from a tap a node's centre can be. */
  maxRadius: number;
}

export const EMPTY_SCENE: DetailScene = { nodes: [], edges: [], byId: new Map(), index: null, maxRadius: 0 };

/**
 * `scene` with `batch` added. An edge's end is a node of the scene or of the batch, or else a place from
 * `placeOf` (a municipality aggregate drawn by Cytoscape); an edge with an end nowhere is left out. The
 * index is rebuilt whole: kdbush is static, and indexing a province's 17,000 nodes takes milliseconds.
 */
export function addToScene(scene: DetailScene, batch: DetailBatch, placeOf: (id: string) => Point | undefined): DetailScene {
  const nodes = [...scene.nodes, ...batch.nodes];
  const byId = new Map(scene.byId);
  for (const node of batch.nodes) byId.set(node.id, node);
  const place = (id: string) => byId.get(id) ?? placeOf(id);
  const edges = [...scene.edges];
  for (const edge of batch.edges) {
    const from = place(edge.source);
    const to = place(edge.target);
    if (from && to) edges.push({ ...edge, x1: from.x, y1: from.y, x2: to.x, y2: to.y });
  }
  let index: KDBush | null = null;
  if (nodes.length > 0) {
    index = new KDBush(nodes.length);
    for (const node of nodes) index.add(node.x, node.y);
    index.finish();
  }
  const maxRadius = nodes.reduce((largest, node) => Math.max(largest, node.size / 2), 0);
  return { nodes, edges, byId, index, maxRadius };
}

/**
 * The node under model point `at`: of the nodes whose disc (radius half their size, plus `slack` for a
 * finger or a thin shape) holds it, the one whose centre is nearest; undefined on empty space.
 */
export function nodeAt(scene: DetailScene, at: Point, slack = 0): DetailNode | undefined {
  if (!scene.index) return undefined;
  let best: DetailNode | undefined;
  let bestDistance = Infinity;
  for (const i of scene.index.within(at.x, at.y, scene.maxRadius + slack)) {
    const node = scene.nodes[i];
    if (!node) continue;
    const distance = Math.hypot(node.x - at.x, node.y - at.y);
    if (distance <= node.size / 2 + slack && distance < bestDistance) {
      best = node;
      bestDistance = distance;
    }
  }
  return best;
}

const inside = (extent: Extent, x: number, y: number) => x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2;

/** Nodes whose centre is in `extent` (through the index), and edges with an end there: what is on screen. */
export function inExtent(scene: DetailScene, extent: Extent): { nodes: DetailNode[]; edges: SceneEdge[] } {
  const nodes = scene.index ? scene.index.range(extent.x1, extent.y1, extent.x2, extent.y2).flatMap((i) => scene.nodes[i] ?? []) : [];
  const edges = scene.edges.filter((edge) => inside(extent, edge.x1, edge.y1) || inside(extent, edge.x2, edge.y2));
  return { nodes, edges };
}
