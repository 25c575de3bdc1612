// Instrumentation for the end-to-end tests and benchmarks: `window.__knooppunt` holds the Cytoscape instance
// and when a view was ready. main.tsx installs it only when the page asks (`?testhooks=1`, or the flag the
// test harness sets before the page loads); otherwise every report below does nothing, so components carry
// one call each and no test code.
import type { Core } from 'cytoscape';
import type { EdgeLayerProbe } from '../features/graph/edge-layer/edge-layer';
import type { DetailLayerProbe } from '../features/graph/overview/detail-layer/detail-layer';

export interface KnooppuntHandle {
  cy: Core;
  /** performance.now() when the last layout finished: with a fresh page, the time since navigation. */
  readyAt?: number;
  /**
   * performance.now() once the first frame after `readyAt` has been drawn: the page answers a person's input
   * only then (that frame draws every element and, on a machine without a GPU, takes a few hundred ms).
   */
  paintedAt?: number;
  /** How long the last layout took, in milliseconds. */
  layoutMs?: number;
  /** Whether the last layout's positions came from the position cache (layout/position-cache.ts). */
  layoutCached?: boolean;
  /** performance.now() when the whole-graph view last had its detail level's data, and when it had drawn it. */
  detailFetchedAt?: number;
  detailDrawnAt?: number;
  /** When the detail's elements were built and when the detail layer had drawn them: where the first draw's time goes. */
  detailSteps?: { built: number; added: number };
  /** The whole-graph view's detail layer (drawn beside Cytoscape, not in it): what it holds and shows. */
  detailLayer?: DetailLayerProbe;
  /** A zone's or municipality's edge layer (edges drawn under Cytoscape's nodes, not by it): what it last drew. */
  edgeLayer?: EdgeLayerProbe;
}

declare global {
  interface Window {
    __knooppunt?: KnooppuntHandle;
    /** Set by the test harness (tests/e2e/browser.ts) before the app loads. */
    __knooppuntTestHooks?: boolean;
  }
}

let installed = false;

/** Whether this page load asked for the hooks: `testhooks=1` in the query, or the harness's flag. */
export function testHooksRequested(search: string, harnessFlag: unknown): boolean {
  return harnessFlag === true || new URLSearchParams(search).get('testhooks') === '1';
}

/** Called once by the app entry; before it (and without it) the reports below are no-ops. */
export function installTestHooks(): void {
  installed = true;
}

/** A new Cytoscape instance: the handle starts afresh with it. */
export function exposeCytoscape(cy: Core): void {
  if (installed) window.__knooppunt = { cy };
}

/** Timings and other facts about the current view, merged into the handle. */
export function reportToTestHooks(facts: Omit<Partial<KnooppuntHandle>, 'cy'>): void {
  if (installed && window.__knooppunt) Object.assign(window.__knooppunt, facts);
}

/** The view is ready: now, how long since `startedAt` (performance.now() when its layout began), and `facts`. */
export function reportReady(startedAt: number, facts: Omit<Partial<KnooppuntHandle>, 'cy' | 'readyAt' | 'layoutMs'> = {}): void {
  const readyAt = performance.now();
  reportToTestHooks({ ...facts, readyAt, layoutMs: readyAt - startedAt, paintedAt: undefined });
  if (!installed) return;
  // Cytoscape draws in its own animation frame callback, asked for a frame earlier than this one, so it runs
  // first; the timer fires once that frame is done.
  requestAnimationFrame(() => setTimeout(() => reportToTestHooks({ paintedAt: performance.now() })));
}

/**
 * A step of drawing a view, as a User Timing mark ("knooppunt: canvas created", …) when the test hooks are
 * installed: the benchmarks read them to say where the time to interactive goes.
 */
export function markStep(step: string): void {
  if (installed) performance.mark(`knooppunt: ${step}`);
}
