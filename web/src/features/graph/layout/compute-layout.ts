// Positions for a view, computed on a headless Cytoscape: the same input gives the same positions, and the
// work can run in a web worker (layout.worker.ts) so the page stays responsive while a big view is laid out.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { labelRules } from '../graph-stylesheet';
import { layoutOptions } from '../layouts';
import { leafNodes, placeLeaves } from '../leaf-placement';
import { layoutSeed, type LayoutPositions, type LayoutRequest } from './layout-request';
import { withSeededRandom } from './seeded-random';

cytoscape.use(fcose);

export type { ComputedLayoutName, LayoutEdgeInput, LayoutNodeInput, LayoutPositions, LayoutRequest } from './layout-request';
export { layoutSeed } from './layout-request';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Above this many nodes an incremental force layout is skipped: refining every position would take
 * seconds for the few nodes an expansion adds, which are placed beside their neighbours instead.
 */
export const INCREMENTAL_FORCE_LIMIT = 1500;

/**
 * Layouts whose size follows the canvas get a fixed one here, so a window's size does not move anything;
 * the view is fitted to the result afterwards.
 */
const LAYOUT_BOX = { x1: 0, y1: 0, w: 1200, h: 800 };


function headless(request: LayoutRequest): Core {
  // Elements in id order: fcose's result depends on the order it meets nodes in.
  const nodes: ElementDefinition[] = [...request.nodes].sort(byId).map((node) => ({
    group: 'nodes',
    data: { id: node.id, label: node.label, ...(node.parent ? { parent: node.parent } : {}) },
    ...(node.position ? { position: { ...node.position } } : {}),
  }));
  const known = new Set(request.nodes.map((node) => node.id));
  const edges: ElementDefinition[] = [...request.edges]
    .filter((edge) => known.has(edge.source) && known.has(edge.target))
    .sort(byId)
    .map((edge) => ({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target } }));
  // A preset layout: the constructor would otherwise run its default one over the given positions.
  return cytoscape({ headless: true, styleEnabled: true, style: labelRules, elements: [...nodes, ...edges], layout: { name: 'preset' } });
}

function positionsOf(cy: Core): LayoutPositions {
  const positions: LayoutPositions = {};
  cy.nodes()
    .not(':parent')
    .forEach((node) => {
      const { x, y } = node.position();
      positions[node.id()] = { x, y };
    });
  return positions;
}

function runFcose(cy: Core, request: LayoutRequest): void {
  const nodeCount = cy.nodes().length;
  if (request.incremental && nodeCount > INCREMENTAL_FORCE_LIMIT) return;
  // Leaves stay out of fcose (see leaf-placement.ts) and are fanned out around their neighbour afterwards.
  const leaves = leafNodes(cy);
  const core = cy.elements().difference(leaves).difference(leaves.connectedEdges());
  if (core.nodes().nonempty()) {
    core.layout(layoutOptions('fcose', { incremental: request.incremental, nodeCount, roots: [] })).run();
  }
  placeLeaves(cy, leaves);
}

/** The positions of every node that is not a compound parent (parents follow their children). */
export function computeLayout(request: LayoutRequest): LayoutPositions {
  const cy = headless(request);
  try {
    withSeededRandom(layoutSeed(request), () => {
      if (cy.nodes().empty()) return;
      if (request.name === 'fcose') {
        runFcose(cy, request);
        return;
      }
      const roots = cy.nodes('[label = "Municipality"]').map((node) => node.id());
      const options = layoutOptions(request.name, { incremental: request.incremental, nodeCount: cy.nodes().length, roots });
      cy.elements()
        .difference(cy.nodes(':parent'))
        .layout({ ...options, boundingBox: LAYOUT_BOX } as typeof options)
        .run();
    });
    return positionsOf(cy);
  } finally {
    cy.destroy();
  }
}
