// The code of the views that draw graphs, asked for once: by React's lazy views when they render, or earlier
// by the boot script (boot.ts) when the page opens on such a view. No React here, so the boot script that
// imports it stays a few kilobytes and runs before the app's own bundle has even been parsed.
import type { ExplorerState } from '../lib/explorer-state';

/** Asks for a module once; the view and an early start (preloadInitialViewCode) share the one request. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}

export const loadGraphViewModule = once(() => import('../features/graph/GraphView'));
export const loadOverviewViewModule = once(() => import('../features/graph/overview/OverviewView'));

/**
 * A page opened on a graph asks for the graph's code (Cytoscape among it) as it starts, instead of once React
 * has rendered far enough to meet the lazy view: the download and the browser's compile then overlap the
 * app's own start.
 */
export function preloadInitialViewCode(state: Pick<ExplorerState, 'view' | 'zone' | 'municipality' | 'whole'>): void {
  if (state.view !== 'graph' && state.view !== 'split') return;
  if (state.zone || state.municipality) void loadGraphViewModule();
  else if (state.whole) void loadOverviewViewModule();
}
