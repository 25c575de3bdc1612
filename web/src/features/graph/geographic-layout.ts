// Geographic positions: municipalities at their centroids, every other node near the municipalities it links to.
import { bareId } from '@knooppunt/server/domain/ids';
import { project, type Point } from '../../lib/geo-projection';

export type { Point };

export interface LayoutNode {
  id: string;
  label: string;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** A small stable number from a string (FNV-1a), so offsets do not move between runs. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

function mean(points: readonly Point[]): Point {
  const sum = points.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

/**
 * Positions for every node. Nodes sharing an anchor (the mean of their placed neighbours) are laid
 * on a sunflower spiral around it, in id order, so many organisations of one municipality stay legible.
 */
export function geographicPositions(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  centroids: ReadonlyMap<string, { lon: number; lat: number }>,
): Map<string, Point> {
  const positions = new Map<string, Point>();
  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    (neighbours.get(edge.source) ?? neighbours.set(edge.source, []).get(edge.source))?.push(edge.target);
    (neighbours.get(edge.target) ?? neighbours.set(edge.target, []).get(edge.target))?.push(edge.source);
  }
  for (const node of nodes) {
    if (node.label !== 'Municipality') continue;
    const centroid = centroids.get(bareId(node.id));
    if (centroid) positions.set(node.id, project(centroid.lon, centroid.lat));
  }

  let pending = nodes.filter((node) => !positions.has(node.id)).map((node) => node.id).sort();
  // Two passes: first around placed municipalities, then around whatever the first pass placed.
  for (let pass = 0; pass < 2 && pending.length > 0; pass++) {
    const anchored = new Map<string, { anchor: Point; ids: string[] }>();
    const rest: string[] = [];
    for (const id of pending) {
      const placed = (neighbours.get(id) ?? []).flatMap((other) => positions.get(other) ?? []);
      if (placed.length === 0) {
        rest.push(id);
        continue;
      }
      const anchor = mean(placed);
      const key = `${Math.round(anchor.x)},${Math.round(anchor.y)}`;
      (anchored.get(key) ?? anchored.set(key, { anchor, ids: [] }).get(key))?.ids.push(id);
    }
    for (const { anchor, ids } of anchored.values()) spiral(anchor, ids, positions);
    pending = rest;
  }
  if (pending.length > 0) {
    const all = [...positions.values()];
    spiral(all.length > 0 ? mean(all) : { x: 0, y: 0 }, pending, positions);
  }
  return positions;
}

function spiral(anchor: Point, ids: readonly string[], positions: Map<string, Point>): void {
  const rotation = (hash(ids[0] ?? '') % 628) / 100;
  ids.forEach((id, k) => {
    const radius = 34 + 16 * Math.sqrt(k);
    const angle = rotation + k * GOLDEN_ANGLE;
    positions.set(id, { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
  });
}
