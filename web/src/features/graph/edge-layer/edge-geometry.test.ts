import { describe, expect, it } from 'vitest';
import { arrowLength, edgeSegment, outlineDistance, outlineOf, type EndNode } from './edge-geometry';

const node = (x: number, y: number, halfWidth: number, halfHeight: number, outline: EndNode['outline'] = 'ellipse'): EndNode => ({ x, y, halfWidth, halfHeight, outline });

describe('outlineDistance', () => {
  it('is the radius of a circle in every direction', () => {
    const circle = node(0, 0, 8, 8);
    expect(outlineDistance(circle, 1, 0)).toBeCloseTo(8);
    expect(outlineDistance(circle, Math.SQRT1_2, Math.SQRT1_2)).toBeCloseTo(8);
  });

  it('meets a rectangle at its side or its corner', () => {
    const box = node(0, 0, 20, 15, 'rectangle');
    expect(outlineDistance(box, 1, 0)).toBeCloseTo(20);
    expect(outlineDistance(box, 0, -1)).toBeCloseTo(15);
    // Towards the corner (20, 15): its diagonal is 25 long.
    expect(outlineDistance(box, 0.8, 0.6)).toBeCloseTo(25);
  });

  it('meets a diamond halfway along its edge on the diagonal', () => {
    const diamond = node(0, 0, 10, 10, 'diamond');
    expect(outlineDistance(diamond, 1, 0)).toBeCloseTo(10);
    expect(outlineDistance(diamond, Math.SQRT1_2, Math.SQRT1_2)).toBeCloseTo(10 * Math.SQRT1_2);
  });

  it('is 0 for a node without size', () => {
    expect(outlineDistance(node(0, 0, 0, 0), 1, 0)).toBe(0);
  });
});

describe('outlineOf', () => {
  it('draws rectangles and diamonds against their own outline, other shapes against an ellipse', () => {
    expect(outlineOf('round-rectangle')).toBe('rectangle');
    expect(outlineOf('diamond')).toBe('diamond');
    expect(outlineOf('round-triangle')).toBe('ellipse');
    expect(outlineOf('round-hexagon')).toBe('ellipse');
  });
});

describe('edgeSegment', () => {
  it('runs from outline to outline', () => {
    const segment = edgeSegment(node(0, 0, 5, 5), node(100, 0, 20, 15, 'rectangle'), 0);
    expect(segment).toEqual({ x1: 5, y1: 0, x2: 80, y2: 0, arrow: undefined });
  });

  it('puts the arrow tip on the target outline and stops the line inside the head', () => {
    const segment = edgeSegment(node(0, 0, 5, 5), node(0, 100, 8, 8), 6);
    if (!segment?.arrow) throw new Error('no arrowhead');
    const [tipX, tipY, leftX, leftY, rightX, rightY] = segment.arrow;
    expect([tipX, tipY]).toEqual([0, 92]);
    // The base 6 units back from the tip, 3 to each side.
    expect(leftY).toBeCloseTo(86);
    expect(rightY).toBeCloseTo(86);
    expect(Math.abs(leftX - rightX)).toBeCloseTo(6);
    expect(segment.y2).toBeGreaterThan(86);
    expect(segment.y2).toBeLessThan(92);
    expect(segment.y1).toBe(5);
  });

  it('draws nothing between nodes that overlap or sit on one point', () => {
    expect(edgeSegment(node(0, 0, 10, 10), node(15, 0, 10, 10), 0)).toBeUndefined();
    expect(edgeSegment(node(3, 3, 1, 1), node(3, 3, 1, 1), 0)).toBeUndefined();
    // Room for the line but not for its head.
    expect(edgeSegment(node(0, 0, 5, 5), node(15, 0, 5, 5), 6)).toBeUndefined();
  });
});

describe('arrowLength', () => {
  it('is about six units for the usual widths and grows with wide lines', () => {
    expect(arrowLength(1, 0.7)).toBeCloseTo(6.09);
    expect(arrowLength(2.5, 0.7)).toBeCloseTo(6.09);
    expect(arrowLength(8, 0.7)).toBeGreaterThan(8 * 2);
  });
});
