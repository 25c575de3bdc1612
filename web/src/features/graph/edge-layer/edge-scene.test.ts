import { describe, expect, it } from 'vitest';
import type { EndNode } from './edge-geometry';
import { drawEdgeScene, type EdgeDrawingContext, type LayerView } from './edge-draw';
import { buildEdgeScene, type EdgeDescription } from './edge-scene';

const at = (x: number, y: number): EndNode => ({ x, y, halfWidth: 5, halfHeight: 5, outline: 'ellipse' });
const edge = (from: EndNode, to: EndNode, look: Partial<EdgeDescription> = {}): EdgeDescription => ({
  source: from,
  target: to,
  colour: '#a9bccf',
  width: 1,
  opacity: 0.85,
  line: 'solid',
  dash: [6, 3],
  z: 0,
  arrowScale: 0,
  ...look,
});

describe('buildEdgeScene', () => {
  it('puts edges that look alike in one batch, heads with their lines, higher z-index last', () => {
    const scene = buildEdgeScene(
      [],
      [
        edge(at(0, 0), at(100, 0)),
        edge(at(0, 0), at(0, 100), { z: 10, width: 2.2, opacity: 1 }),
        edge(at(0, 50), at(100, 50)),
        edge(at(0, 0), at(100, 100), { colour: '#2f5d8a', arrowScale: 0.7, width: 2.5 }),
      ],
    );
    expect(scene.edges).toBe(4);
    expect(scene.batches.map((batch) => [batch.colour, batch.z, batch.lines.length / 4, batch.heads.length / 6])).toEqual([
      ['#a9bccf', 0, 2, 0],
      ['#2f5d8a', 0, 1, 1],
      ['#a9bccf', 10, 1, 0],
    ]);
  });

  it('leaves out edges whose ends overlap', () => {
    const scene = buildEdgeScene([], [edge(at(0, 0), at(4, 0)), edge(at(0, 0), at(40, 0))]);
    expect(scene.edges).toBe(1);
  });
});

/** Records the calls the layer makes, as a canvas would receive them. */
function recordingContext() {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push(`${name}(${args.map((arg) => (Array.isArray(arg) ? `[${arg.join(',')}]` : String(arg))).join(',')})`);
    };
  const ctx = {
    setTransform: record('setTransform'),
    clearRect: record('clearRect'),
    beginPath: record('beginPath'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    closePath: record('closePath'),
    roundRect: record('roundRect'),
    stroke: record('stroke'),
    fill: record('fill'),
    setLineDash: record('setLineDash'),
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    lineCap: 'butt',
    globalAlpha: 1,
  } as unknown as EdgeDrawingContext;
  return { ctx, calls };
}

const view: LayerView = { zoom: 2, pan: { x: 10, y: 20 }, width: 400, height: 300, pixelRatio: 2 };

describe('drawEdgeScene', () => {
  it('strokes each batch once and fills its heads once, in the model-to-screen transform at the pixel ratio', () => {
    const scene = buildEdgeScene(
      [{ x1: -10, y1: -10, x2: 110, y2: 110, colour: '#f1ecf8', opacity: 0.55 }],
      [edge(at(0, 0), at(100, 0)), edge(at(0, 50), at(100, 50)), edge(at(0, 0), at(0, 100), { line: 'dashed', arrowScale: 0.7 })],
    );
    const { ctx, calls } = recordingContext();
    const stats = drawEdgeScene(ctx, scene, view);
    expect(calls[0]).toBe('setTransform(1,0,0,1,0,0)');
    expect(calls[1]).toBe('clearRect(0,0,800,600)');
    expect(calls[2]).toBe('setTransform(4,0,0,4,20,40)');
    // The box first (under every edge), with Cytoscape's corner radius.
    expect(calls[4]).toBe('roundRect(-10,-10,120,120,8)');
    expect(calls.filter((call) => call === 'stroke()')).toHaveLength(2);
    expect(calls).toContain('setLineDash([6,3])');
    expect(stats).toEqual({ lines: 3, heads: 1, boxes: 1, strokes: 2, fills: 2 });
  });

  it('leaves out lines wholly outside the view', () => {
    // In view: model x from -5 to 195, y from -10 to 140; the second edge lies far to the right.
    const scene = buildEdgeScene([], [edge(at(0, 0), at(100, 0)), edge(at(1000, 0), at(1100, 0))]);
    const { ctx, calls } = recordingContext();
    const stats = drawEdgeScene(ctx, scene, view);
    expect(stats.lines).toBe(1);
    expect(calls.filter((call) => call.startsWith('moveTo'))).toEqual(['moveTo(5,0)']);
  });
});
