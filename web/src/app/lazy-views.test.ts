// A page opened on a graph asks for the graph's code at once; other pages leave it for later.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const loaded = vi.hoisted(() => ({ graph: 0, overview: 0 }));
vi.mock('../features/graph/GraphView', () => {
  loaded.graph += 1;
  return { GraphView: () => null };
});
vi.mock('../features/graph/overview/OverviewView', () => {
  loaded.overview += 1;
  return { OverviewView: () => null };
});

beforeEach(() => {
  vi.resetModules();
  loaded.graph = 0;
  loaded.overview = 0;
});

async function preload(state: { view: 'graph' | 'split' | 'map' | 'table' | 'findings'; zone?: string; municipality?: string; whole: boolean }) {
  const { preloadInitialViewCode } = await import('./view-modules');
  preloadInitialViewCode(state);
  await vi.waitFor(() => undefined);
  // Dynamic imports settle on later ticks.
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('preloadInitialViewCode', () => {
  it('loads the graph view’s code for a zone or municipality shown as a graph', async () => {
    await preload({ view: 'graph', zone: 'zone:bruzel', whole: false });
    expect(loaded).toEqual({ graph: 1, overview: 0 });
  });

  it('loads the whole-graph view’s code for the whole graph', async () => {
    await preload({ view: 'split', whole: true });
    expect(loaded).toEqual({ graph: 0, overview: 1 });
  });

  it('loads nothing for the map, a table or an analysis view', async () => {
    await preload({ view: 'map', whole: false });
    await preload({ view: 'table', zone: 'zone:bruzel', whole: false });
    await preload({ view: 'findings', zone: 'zone:bruzel', whole: false });
    expect(loaded).toEqual({ graph: 0, overview: 0 });
  });
});
