// Lays out what the canvas holds: the geographic preset on the page, every other layout in the worker;
// an answer that arrives after the elements changed again is dropped, the newer request wins.
import type { Core } from 'cytoscape';
import type { LayoutName } from '../../lib/explorer-state';
import type { Point } from './geographic-layout';
import type { LayoutNodeInput, LayoutPositions, LayoutRequest } from './layout/compute-layout';
import type { LayoutClient } from './layout/layout-client';

export interface LayoutRun {
  /** Bumped by every new run; a run whose number is no longer current leaves the canvas alone. */
  generation: number;
}

export function layoutRequest(cy: Core, name: Exclude<LayoutName, 'geographic'>, incremental: boolean): LayoutRequest {
  const nodes: LayoutNodeInput[] = cy.nodes().map((node) => {
    const parent = node.parent();
    return {
      id: node.id(),
      label: String(node.data('label')),
      ...(parent.nonempty() ? { parent: parent.first().id() } : {}),
      ...(incremental && !node.isParent() ? { position: { ...node.position() } } : {}),
    };
  });
  const edges = cy.edges().map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() }));
  return { name, nodes, edges, incremental };
}

function applyPositions(cy: Core, positions: ReadonlyMap<string, Point> | LayoutPositions): void {
  const lookup = positions instanceof Map ? (id: string) => positions.get(id) : (id: string) => (positions as LayoutPositions)[id];
  cy.batch(() => {
    cy.nodes()
      .not(':parent')
      .forEach((node) => {
        const position = lookup(node.id());
        if (position) node.position({ x: position.x, y: position.y });
      });
  });
}

export interface RunLayoutOptions {
  cy: Core;
  name: LayoutName;
  incremental: boolean;
  client: LayoutClient;
  run: LayoutRun;
  geographicPositions: (cy: Core) => ReadonlyMap<string, Point> | undefined;
  /** Called once the positions are on the canvas. */
  done: () => void;
  failed: (error: Error) => void;
}

export function runLayout(options: RunLayoutOptions): void {
  const { cy, name, run } = options;
  const generation = ++run.generation;
  if (cy.nodes().empty()) {
    options.done();
    return;
  }
  if (name === 'geographic') {
    const positions = options.geographicPositions(cy);
    if (positions) applyPositions(cy, positions);
    options.done();
    return;
  }
  options.client
    .layout(layoutRequest(cy, name, options.incremental))
    .then((positions) => {
      if (generation !== run.generation || cy.destroyed()) return;
      applyPositions(cy, positions);
      options.done();
    })
    .catch((error: unknown) => {
      if (generation !== run.generation || cy.destroyed()) return;
      options.failed(error instanceof Error ? error : new Error(String(error)));
    });
}
