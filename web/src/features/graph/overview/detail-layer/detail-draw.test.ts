import { describe, expect, it } from 'vitest';
import type { DetailNode } from '../detail-elements';
import { DETAIL_STYLE, drawDetail, viewExtent, type DrawingContext, type Viewport } from './detail-draw';
import { addToScene, EMPTY_SCENE } from './detail-scene';

/** A 2D context that records the calls and the style in force at each stroke, fill and text. */
function recordingContext() {
  const calls: string[] = [];
  const state = { strokeStyle: '', fillStyle: '', lineWidth: 1, globalAlpha: 1, font: '', textAlign: 'start', textBaseline: 'alphabetic', lineJoin: 'miter' };
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push(`${name}(${args.join(',')})`);
    };
  const context = {
    ...state,
    setTransform: record('setTransform'),
    clearRect: record('clearRect'),
    beginPath: record('beginPath'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    arc: (x: number, y: number, r: number) => calls.push(`arc(${x},${y},${r})`),
    closePath: record('closePath'),
    stroke: () => calls.push(`stroke ${context.strokeStyle} width ${context.lineWidth} alpha ${context.globalAlpha}`),
    fill: () => calls.push(`fill ${context.fillStyle}`),
    fillText: (text: string, x: number, y: number) => calls.push(`fillText(${text},${x},${y}) ${context.font}`),
  };
  return { context: context as unknown as DrawingContext, calls };
}

const node = (id: string, x: number, y: number, colour: string, shape: DetailNode['shape'] = 'ellipse'): DetailNode => ({ id, label: 'Organisation', caption: `naam ${id}`, colour, shape, size: 10, x, y });
const scene = addToScene(
  EMPTY_SCENE,
  {
    nodes: [node('a', 0, 0, '#aa0000'), node('b', 40, 0, '#aa0000'), node('c', 0, 40, '#00aa00', 'diamond'), node('far', 5000, 5000, '#aa0000')],
    edges: [
      { id: 'e1', source: 'a', target: 'b', colour: '#123456' },
      { id: 'e2', source: 'a', target: 'c', colour: '#123456' },
      { id: 'e3', source: 'b', target: 'c', colour: '#654321' },
      { id: 'e4', source: 'far', target: 'far', colour: '#999999' },
    ],
  },
  () => undefined,
);
const view: Viewport = { zoom: 2, pan: { x: 100, y: 50 }, width: 400, height: 300 };

describe('drawDetail', () => {
  it('maps model to screen as Cytoscape does (screen = model × zoom + pan)', () => {
    expect(viewExtent(view)).toEqual({ x1: -50, y1: -25, x2: 150, y2: 125 });
    const { context, calls } = recordingContext();
    drawDetail(context, scene, view, { named: false });
    expect(calls.slice(0, 3)).toEqual(['setTransform(1,0,0,1,0,0)', 'clearRect(0,0,400,300)', 'setTransform(2,0,0,2,100,50)']);
  });

  it('strokes the edges in view once per colour and fills the nodes in view once per colour and shape', () => {
    const { context, calls } = recordingContext();
    const stats = drawDetail(context, scene, view, { named: false });
    expect(calls.filter((call) => call.startsWith('stroke') || call.startsWith('fill'))).toEqual([
      `stroke #123456 width ${DETAIL_STYLE.edgeWidth} alpha ${DETAIL_STYLE.edgeOpacity}`,
      `stroke #654321 width ${DETAIL_STYLE.edgeWidth} alpha ${DETAIL_STYLE.edgeOpacity}`,
      'fill #aa0000',
      'fill #00aa00',
    ]);
    expect(stats).toEqual({ edges: 3, nodes: 3, names: 0, strokes: 2, fills: 2 });
    // The two red discs in one path: two arcs, one fill.
    expect(calls.filter((call) => call.startsWith('arc'))).toEqual(['arc(0,0,5)', 'arc(40,0,5)']);
  });

  it('draws names under the nodes in view only when asked and legible', () => {
    const named = recordingContext();
    expect(drawDetail(named.context, scene, view, { named: true }).names).toBe(3);
    expect(named.calls).toContain(`fillText(naam a,0,${5 + DETAIL_STYLE.nameGap}) ${DETAIL_STYLE.fontSize}px ${DETAIL_STYLE.fontFamily}`);
    // Under the nodes, so crowded names do not hide them.
    expect(named.calls.findLastIndex((call) => call.startsWith('fillText'))).toBeLessThan(named.calls.findIndex((call) => call.startsWith('fill #')));
    // At zoom 0.5 a 9-unit name is 4.5 pixels: not drawn, as Cytoscape's min-zoomed-font-size did.
    const small = recordingContext();
    expect(drawDetail(small.context, scene, { ...view, zoom: 0.5 }, { named: true }).names).toBe(0);
  });

  it('rings the selected node over everything else, names included', () => {
    const { context, calls } = recordingContext();
    drawDetail(context, scene, view, { named: true, selected: 'c' });
    expect(calls.at(-1)).toBe(`stroke ${DETAIL_STYLE.selectedColour} width ${DETAIL_STYLE.selectedRing} alpha 1`);
    expect(calls).toContain('moveTo(0,35)');
  });
});
