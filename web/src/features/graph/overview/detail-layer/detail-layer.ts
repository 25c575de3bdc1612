// The detail layer's glue: a canvas of its own under Cytoscape's, in the same model coordinates, kept in step
// with Cytoscape's pan and zoom; taps on it hit-test the scene. Cytoscape keeps the aggregates and all input.
import type { Core, EventObject } from 'cytoscape';
import { bitmapTransform, createUnderlayCanvas } from '../../underlay-canvas';
import type { DetailBatch } from '../detail-elements';
import { drawDetail, viewExtent, type DrawStats, type Viewport } from './detail-draw';
import { addToScene, EMPTY_SCENE, inExtent, nodeAt, type DetailScene } from './detail-scene';

/** After the last viewport change of a gesture, this long without another before the layer draws afresh. */
const SETTLE_MS = 90;
/** A tap this close (in screen pixels) to a small node's edge still hits it. */
const TAP_SLACK_PX = 3;

/** What the test hooks and the bench read of the layer. */
export interface DetailLayerProbe {
  /** Nodes with their centre in view and edges with an end there. */
  onScreen(): { nodes: number; edges: number };
  /** Every element the layer holds, for the bench's plain Cytoscape baseline. */
  elements(): { nodes: { id: string; x: number; y: number }[]; edges: { id: string; source: string; target: string }[] };
  /** Up to `limit` nodes in view: id, colour, place and diameter on screen (CSS pixels in the canvas). */
  nodesInView(limit: number): { id: string; colour: string; x: number; y: number; size: number }[];
  /** Edges with an end at `id`. */
  degree(id: string): number;
  selected(): string | undefined;
  lastDraw(): DrawStats | undefined;
  /** Draws the layer afresh at the current viewport and says how long it took, in milliseconds. */
  timeDraw(): number;
}

export interface DetailLayer {
  add(batch: DetailBatch): void;
  /** Whether a node or edge with this id is on the layer. */
  has(id: string): boolean;
  setShown(shown: boolean): void;
  setNamed(named: boolean): void;
  /** Draws now (not waiting for the viewport to settle). */
  draw(): void;
  probe: DetailLayerProbe;
  destroy(): void;
}

/** Creates the layer's canvas as the first child of Cytoscape's container, so Cytoscape's canvases lie above it. */
export function createDetailLayer(cy: Core, container: HTMLElement): DetailLayer {
  const canvas = createUnderlayCanvas(container, 'overview-detail-layer');
  const context = canvas.getContext('2d');

  let scene: DetailScene = EMPTY_SCENE;
  const edgeIds = new Set<string>();
  let shown = false;
  let named = false;
  let selected: string | undefined;
  let drawnAt: Viewport | undefined;
  let stats: DrawStats | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const viewport = (): Viewport => ({ zoom: cy.zoom(), pan: { ...cy.pan() }, width: cy.width(), height: cy.height() });

  const draw = () => {
    clearTimeout(settle);
    const view = viewport();
    // One canvas pixel per CSS pixel, as Cytoscape's own pixelRatio in this view.
    if (canvas.width !== view.width || canvas.height !== view.height) {
      canvas.width = view.width;
      canvas.height = view.height;
      canvas.style.width = `${view.width}px`;
      canvas.style.height = `${view.height}px`;
    }
    canvas.style.transform = '';
    canvas.style.visibility = shown ? 'visible' : 'hidden';
    drawnAt = view;
    if (!context || !shown) return;
    stats = drawDetail(context, scene, view, { named, selected });
  };

  // During a gesture the last frame moves as a bitmap (as Cytoscape's textureOnViewport does); it is drawn
  // afresh once the viewport settles.
  const onViewport = () => {
    if (!shown || !drawnAt) return;
    canvas.style.transform = bitmapTransform(drawnAt, viewport());
    clearTimeout(settle);
    settle = setTimeout(draw, SETTLE_MS);
  };

  const select = (id: string | undefined) => {
    if (id === selected) return;
    selected = id;
    draw();
  };
  // A tap on the layer reaches Cytoscape as a tap on its background: the spatial index finds the node under it.
  // As a tap on a Cytoscape node did before, it selects the node (a dark ring) and clears any other selection.
  const onTap = (event: EventObject) => {
    if (event.target !== cy) {
      select(undefined);
      return;
    }
    const hit = shown ? nodeAt(scene, event.position, TAP_SLACK_PX / cy.zoom()) : undefined;
    if (hit) cy.elements(':selected').unselect();
    select(hit?.id);
  };

  cy.on('viewport', onViewport);
  cy.on('resize', draw);
  cy.on('tap', onTap);

  const probe: DetailLayerProbe = {
    onScreen: () => {
      if (!shown) return { nodes: 0, edges: 0 };
      const { nodes, edges } = inExtent(scene, viewExtent(viewport()));
      return { nodes: nodes.length, edges: edges.length };
    },
    elements: () => ({
      nodes: scene.nodes.map(({ id, x, y }) => ({ id, x, y })),
      edges: scene.edges.map(({ id, source, target }) => ({ id, source, target })),
    }),
    nodesInView: (limit) => {
      const view = viewport();
      return inExtent(scene, viewExtent(view))
        .nodes.slice(0, limit)
        .map((node) => ({ id: node.id, colour: node.colour, x: node.x * view.zoom + view.pan.x, y: node.y * view.zoom + view.pan.y, size: node.size * view.zoom }));
    },
    degree: (id) => scene.edges.filter((edge) => edge.source === id || edge.target === id).length,
    selected: () => selected,
    lastDraw: () => stats,
    timeDraw: () => {
      const started = performance.now();
      draw();
      return performance.now() - started;
    },
  };

  return {
    add(batch) {
      scene = addToScene(scene, batch, (id) => {
        const node = cy.getElementById(id);
        return node.nonempty() ? { ...node.position() } : undefined;
      });
      for (const edge of batch.edges) edgeIds.add(edge.id);
      if (shown) draw();
    },
    has: (id) => scene.byId.has(id) || edgeIds.has(id),
    setShown(next) {
      if (next === shown) return;
      shown = next;
      if (!shown) selected = undefined;
      draw();
    },
    setNamed(next) {
      if (next === named) return;
      named = next;
      draw();
    },
    draw,
    probe,
    destroy() {
      clearTimeout(settle);
      cy.off('viewport', onViewport);
      cy.off('resize', draw);
      cy.off('tap', onTap);
      canvas.remove();
    },
  };
}
