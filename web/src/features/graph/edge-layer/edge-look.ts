// How an edge looks: its relationship type's colour, width, line and arrow (lib/palette), as wide as the
// relationships it stands for, and its emphasis (a selection's ties stand out and the rest fades; a
// finding's ties stand out most). What the Cytoscape stylesheet said of edges when Cytoscape drew them. Pure.
import type { RelationshipType } from '@knooppunt/server/domain/vocabulary';
import { RELATIONSHIP_STYLE } from '../../../lib/palette';
import type { EdgeLook } from './edge-scene';
import type { ViewEdge } from './view-edges';

/** plain: nothing selected; tie: an edge of the selected node; faded: another edge while one is selected; focus: a tie of a finding in focus. */
export type Emphasis = 'plain' | 'tie' | 'faded' | 'focus';

/** An edge's look with its arrowhead's scale (0 for none). */
export interface EdgeLookWithArrow extends EdgeLook {
  arrowScale: number;
}

const OPACITY = 0.85;
const ARROW_SCALE = 0.7;
/** A neighbour edge's dashes (Cytoscape's dashed default is 6, 3). */
const ADJACENT_DASH: readonly number[] = [4, 4];
const DEFAULT_DASH: readonly number[] = [6, 3];
const FALLBACK = { colour: '#8f99a5', width: 1, line: 'solid', arrow: false } as const;

/** A summed edge is as wide as the relationships it stands for, within reason: 1.2 for one, 8 from 40 on. */
export function weightWidth(weight: number): number {
  const share = Math.min(Math.max((weight - 1) / (40 - 1), 0), 1);
  return 1.2 + share * (8 - 1.2);
}

export function edgeLook(edge: ViewEdge, emphasis: Emphasis): EdgeLookWithArrow {
  const style = RELATIONSHIP_STYLE[edge.type as RelationshipType] ?? FALLBACK;
  const neighbours = edge.type === 'ADJACENT_TO';
  const look: EdgeLookWithArrow = {
    colour: style.colour,
    width: edge.weight > 1 ? weightWidth(edge.weight) : style.width,
    opacity: neighbours ? 0.7 : OPACITY,
    line: style.line,
    dash: neighbours ? ADJACENT_DASH : DEFAULT_DASH,
    z: 0,
    arrowScale: style.arrow ? ARROW_SCALE : 0,
  };
  switch (emphasis) {
    case 'plain':
      return look;
    case 'faded':
      return { ...look, opacity: 0.18 };
    case 'tie':
      return { ...look, opacity: 1, width: 2.2, z: 10 };
    case 'focus':
      return { ...look, opacity: 1, width: 3, z: 15 };
  }
}

/** What the view emphasises: nothing, a selected node (with its neighbourhood), or a finding's nodes. */
export type ViewEmphasis = { kind: 'none' } | { kind: 'selection'; node: string } | { kind: 'focus'; nodes: ReadonlySet<string> };

export const NO_EMPHASIS: ViewEmphasis = { kind: 'none' };

/** An edge's emphasis in the view: a selected node's edges are its ties, a finding's ties run between its nodes. */
export function emphasisOf(edge: ViewEdge, view: ViewEmphasis): Emphasis {
  switch (view.kind) {
    case 'none':
      return 'plain';
    case 'selection':
      return edge.source === view.node || edge.target === view.node ? 'tie' : 'faded';
    case 'focus':
      return view.nodes.has(edge.source) && view.nodes.has(edge.target) ? 'focus' : 'faded';
  }
}
