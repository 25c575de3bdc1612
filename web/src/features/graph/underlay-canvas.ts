// What the app's own canvas layers under Cytoscape's share (the whole-graph view's detail layer and a zone's
// edge layer): the canvas placed beneath Cytoscape's, the model extent a viewport shows, and the CSS transform
// that moves a layer's last frame as a bitmap while the view is dragged or zoomed.

/** Cytoscape's viewport: screen = model × zoom + pan, over a canvas of width × height CSS pixels. */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A canvas as the first child of Cytoscape's container, so Cytoscape's canvases lie above it. */
export function createUnderlayCanvas(container: HTMLElement, className: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = className;
  // Decorative for assistive technology: the container's aria-label describes the view.
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none;transform-origin:0 0;';
  container.insertBefore(canvas, container.firstChild);
  return canvas;
}

/** The model-space rectangle on screen, widened by `margin` screen pixels on every side. */
export function viewExtent(view: Viewport, margin = 0): Extent {
  return {
    x1: (-view.pan.x - margin) / view.zoom,
    y1: (-view.pan.y - margin) / view.zoom,
    x2: (view.width - view.pan.x + margin) / view.zoom,
    y2: (view.height - view.pan.y + margin) / view.zoom,
  };
}

/** The CSS transform that puts a frame drawn at `drawnAt` where the view now is. */
export function bitmapTransform(drawnAt: Pick<Viewport, 'zoom' | 'pan'>, now: Pick<Viewport, 'zoom' | 'pan'>): string {
  const scale = now.zoom / drawnAt.zoom;
  return `translate(${now.pan.x - drawnAt.pan.x * scale}px, ${now.pan.y - drawnAt.pan.y * scale}px) scale(${scale})`;
}
