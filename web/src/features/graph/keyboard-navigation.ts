// Moving through the graph from the keyboard: an arrow key selects the nearest node that lies in its
// direction, so a person who cannot point can still walk from a municipality to its neighbours.

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export function arrowDirection(key: string): Direction | undefined {
  return ARROWS[key];
}

/**
 * The node nearest to `from` among those within 45° of `direction` (screen axes: y grows downwards), a
 * node straight ahead preferred over one as near but off to the side; undefined when none lies that way.
 */
export function nearestInDirection(from: PlacedNode, nodes: readonly PlacedNode[], direction: Direction): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const node of nodes) {
    if (node.id === from.id) continue;
    const dx = node.x - from.x;
    const dy = node.y - from.y;
    const ahead = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = direction === 'right' || direction === 'left' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 0 || aside > ahead) continue;
    // Distance, with what lies to the side counting double: the eye reads "to the right" as along the axis.
    const score = ahead + 2 * aside;
    if (!best || score < best.score || (score === best.score && node.id < best.id)) best = { id: node.id, score };
  }
  return best?.id;
}

/** Where a walk starts without a selection: the node nearest the middle of the view. */
export function nearestTo(point: { x: number; y: number }, nodes: readonly PlacedNode[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const node of nodes) {
    const distance = Math.hypot(node.x - point.x, node.y - point.y);
    if (!best || distance < best.distance || (distance === best.distance && node.id < best.id)) best = { id: node.id, distance };
  }
  return best?.id;
}
