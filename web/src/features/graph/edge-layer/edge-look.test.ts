import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_STYLE } from '../../../lib/palette';
import { edgeLook, emphasisOf, weightWidth } from './edge-look';

const edge = (type: string, weight = 1) => ({ id: `${type}:${weight}`, source: 'a', target: 'b', type, weight });

describe('edgeLook', () => {
  it('draws a relationship in its type’s colour, width, line and arrow', () => {
    const look = edgeLook(edge('DIRECTS'), 'plain');
    expect(look).toMatchObject({ colour: RELATIONSHIP_STYLE.DIRECTS.colour, width: 2.5, line: 'solid', opacity: 0.85, z: 0 });
    expect(look.arrowScale).toBeGreaterThan(0);
    expect(edgeLook(edge('COVERS'), 'plain').arrowScale).toBe(0);
    expect(edgeLook(edge('ADJACENT_TO'), 'plain')).toMatchObject({ line: 'dashed', dash: [4, 4], opacity: 0.7 });
  });

  it('makes a summed edge as wide as the relationships it stands for, within reason', () => {
    expect(weightWidth(1)).toBeCloseTo(1.2);
    expect(weightWidth(40)).toBeCloseTo(8);
    expect(weightWidth(400)).toBeCloseTo(8);
    expect(edgeLook(edge('MEMBER_OF', 20), 'plain').width).toBeGreaterThan(edgeLook(edge('MEMBER_OF', 2), 'plain').width);
  });

  it('fades an edge, or brings it forward as a tie or a finding’s tie', () => {
    expect(edgeLook(edge('COVERS'), 'faded').opacity).toBe(0.18);
    expect(edgeLook(edge('COVERS'), 'tie')).toMatchObject({ opacity: 1, width: 2.2, z: 10 });
    expect(edgeLook(edge('COVERS', 30), 'focus')).toMatchObject({ opacity: 1, width: 3, z: 15 });
  });
});

describe('emphasisOf', () => {
  it('makes a selected node’s edges its ties and fades the others', () => {
    expect(emphasisOf(edge('COVERS'), { kind: 'none' })).toBe('plain');
    expect(emphasisOf(edge('COVERS'), { kind: 'selection', node: 'b' })).toBe('tie');
    expect(emphasisOf(edge('COVERS'), { kind: 'selection', node: 'c' })).toBe('faded');
  });

  it('brings forward only the edges between a finding’s nodes', () => {
    expect(emphasisOf(edge('COVERS'), { kind: 'focus', nodes: new Set(['a', 'b']) })).toBe('focus');
    expect(emphasisOf(edge('COVERS'), { kind: 'focus', nodes: new Set(['a', 'c']) })).toBe('faded');
  });
});
