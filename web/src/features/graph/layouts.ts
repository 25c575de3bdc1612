// Layout options per layout choice. None animates: a zone must be usable the moment it is drawn.
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../../lib/explorer-state';
import type { Point } from './geographic-layout';

/** Concentric rings and grid order: municipalities at the centre, offers outermost. */
const LABEL_RANK: Record<string, number> = { Municipality: 5, Zone: 4, Network: 3, Organisation: 2, Offer: 1 };

function rank(node: NodeSingular): number {
  return LABEL_RANK[node.data('label') as string] ?? 0;
}

export interface LayoutContext {
  /** Keep current positions as the starting point (after an expansion), instead of starting afresh. */
  incremental: boolean;
  /** Precomputed positions for the geographic layout. */
  positions?: ReadonlyMap<string, Point>;
  nodeCount: number;
  /** Ids of the breadth-first roots: the view's municipalities. */
  roots: string[];
}

// The canvas fits the view itself once leaves are placed (see fit-view.ts).
const COMMON = { animate: false, fit: false } as const;

export function layoutOptions(name: LayoutName, context: LayoutContext): LayoutOptions {
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...COMMON,
        // 'draft' skips the force refinement: fast for big views, rougher shape. It keeps only the spectral
        // step, which an incremental run skips, so fcose 2.2 reads results it never made and throws
        // "Cannot read properties of undefined (reading 'nodeIndexes')": draft only ever starts afresh.
        quality: context.nodeCount > 1500 && !context.incremental ? 'draft' : 'default',
        randomize: !context.incremental,
        packComponents: true,
        nodeDimensionsIncludeLabels: false,
        // Treating nodes as equally sized roughly halves the time, with no visible loss at these sizes.
        uniformNodeDimensions: true,
        nodeRepulsion: () => 8000,
        idealEdgeLength: () => 70,
        edgeElasticity: () => 0.45,
        nestingFactor: 0.1,
        gravity: 0.3,
        numIter: 600,
        tile: true,
        tilingPaddingVertical: 12,
        tilingPaddingHorizontal: 12,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...COMMON,
        concentric: rank,
        levelWidth: () => 1,
        minNodeSpacing: 14,
        avoidOverlap: true,
      };
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...COMMON,
        directed: false,
        // Rings by distance from the municipalities: a zone's hundreds of partners in one row would be unreadable.
        circle: true,
        spacingFactor: 1.5,
        avoidOverlap: true,
        ...(context.roots.length > 0 ? { roots: context.roots } : {}),
      };
    case 'grid':
      return {
        name: 'grid',
        ...COMMON,
        avoidOverlap: true,
        avoidOverlapPadding: 8,
        sort: (a: NodeSingular, b: NodeSingular) =>
          rank(b) - rank(a) || String(a.data('name')).localeCompare(String(b.data('name'))),
      };
    case 'geographic': {
      const positions = context.positions;
      return {
        name: 'preset',
        ...COMMON,
        positions: (node: NodeSingular) => positions?.get(node.id()) ?? { x: 0, y: 0 },
      } as LayoutOptions;
    }
  }
}
