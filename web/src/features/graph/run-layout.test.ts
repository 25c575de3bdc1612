// A fresh view's layout can start before Cytoscape holds the elements: the request and the position cache's
// key read from the element definitions are the ones read from the canvas afterwards.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { LayoutPositions, LayoutRequest } from './layout/compute-layout';
import type { LayoutClient } from './layout/layout-client';
import { PositionCache } from './layout/position-cache';
import { splitElements } from './edge-layer/view-edges';
import { freshLayoutRequest, layoutRequest, runLayout, startFreshLayout } from './run-layout';

/** A zone with grouped and ungrouped nodes, edges in between and one edge listed before its ends. */
const ELEMENTS: ElementDefinition[] = [
  { data: { id: 'e0', source: 'nis:1', target: 'zone:a' } },
  { data: { id: 'zone:a', label: 'Zone A' } },
  { data: { id: 'nis:1', label: 'Gemeente 1' } },
  { data: { id: 'group:1:kinderopvang', label: '12 kinderopvang', parent: 'zone:a', group: true } },
  { data: { id: 'org:x', label: 'Org X', parent: 'group:1:kinderopvang' } },
  { data: { id: 'org:y', label: 'Org Y' } },
  { data: { id: 'e1', source: 'org:x', target: 'nis:1' } },
  { data: { id: 'e2', source: 'org:y', target: 'org:x' } },
];

/** Answers every layout with positions derived from the ids, and counts what it was asked. */
function countingClient(): { client: LayoutClient; asked: LayoutRequest[] } {
  const asked: LayoutRequest[] = [];
  const client = {
    layout: async (request: LayoutRequest): Promise<LayoutPositions> => {
      asked.push(request);
      return Object.fromEntries(request.nodes.map((node, index) => [node.id, { x: index * 10, y: -index }]));
    },
  } as unknown as LayoutClient;
  return { client, asked };
}

function memoryStore() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key) };
}

/** The canvas as GraphCanvas fills it: the nodes in Cytoscape, the edges apart. */
function canvasOf(elements: ElementDefinition[]) {
  const { nodes, edges } = splitElements(elements);
  return { cy: cytoscape({ headless: true, elements: nodes }), edges: edges.list };
}

describe('freshLayoutRequest', () => {
  it('asks what layoutRequest asks once the elements are on the canvas', () => {
    const { cy, edges } = canvasOf(ELEMENTS);
    const fromCanvas = layoutRequest(cy, edges, 'fcose', false);
    const early = freshLayoutRequest(ELEMENTS, 'fcose');
    expect(early.nodes.length).toBe(5);
    expect(early.edges.length).toBe(3);
    const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(early.nodes)).toEqual(byId(fromCanvas.nodes));
    expect(byId(early.edges)).toEqual(byId(fromCanvas.edges));
    expect(early.incremental).toBe(false);
  });
});

describe('startFreshLayout', () => {
  it('asks the worker for a view the cache lacks, and runLayout places the view with that answer', async () => {
    const { client, asked } = countingClient();
    const cache = new PositionCache(memoryStore());
    const started = startFreshLayout(client, ELEMENTS, 'fcose', cache);
    expect(asked.length).toBe(1);
    const { cy, edges } = canvasOf(ELEMENTS);
    const placed = new Promise<boolean>((resolve, reject) =>
      runLayout({ cy, edges, name: 'fcose', incremental: false, client, run: { generation: 0 }, geographicPositions: () => undefined, cache, started: started!, done: resolve, failed: reject }),
    );
    expect(await placed).toBe(false);
    // The answer given before the elements were drawn was used; nothing was asked twice.
    expect(asked.length).toBe(1);
    const expected = await started!;
    expect(cy.getElementById('org:y').position()).toEqual(expected['org:y']);

    // The view is now in the cache, under the key read from the elements: the next fresh start asks nothing.
    expect(startFreshLayout(client, ELEMENTS, 'fcose', cache)).toBeUndefined();
    expect(asked.length).toBe(1);
  });

  it('leaves the geographic layout, computed on the page, to runLayout', () => {
    const { client, asked } = countingClient();
    expect(startFreshLayout(client, ELEMENTS, 'geographic', undefined)).toBeUndefined();
    expect(asked.length).toBe(0);
  });
});
