import { describe, expect, it } from 'vitest';
import { arrowDirection, nearestInDirection, nearestTo, type PlacedNode } from './keyboard-navigation';

const centre: PlacedNode = { id: 'c', x: 0, y: 0 };
const around: PlacedNode[] = [
  centre,
  { id: 'east', x: 10, y: 1 },
  { id: 'far-east', x: 30, y: 0 },
  { id: 'north-east', x: 8, y: -9 },
  { id: 'south', x: 0, y: 12 },
  { id: 'west', x: -20, y: 3 },
];

describe('nearestInDirection', () => {
  it('picks the nearest node in the arrow’s direction, screen y growing downwards', () => {
    expect(nearestInDirection(centre, around, 'right')).toBe('east');
    expect(nearestInDirection(centre, around, 'down')).toBe('south');
    expect(nearestInDirection(centre, around, 'left')).toBe('west');
    expect(nearestInDirection(centre, around, 'up')).toBe('north-east');
  });

  it('prefers a node straight ahead over one as near but off to the side', () => {
    const nodes = [centre, { id: 'aside', x: 10, y: 8 }, { id: 'ahead', x: 14, y: 0 }];
    expect(nearestInDirection(centre, nodes, 'right')).toBe('ahead');
  });

  it('finds nothing when no node lies that way', () => {
    expect(nearestInDirection({ id: 'far-east', x: 30, y: 0 }, around, 'right')).toBeUndefined();
  });
});

describe('nearestTo and arrowDirection', () => {
  it('starts a walk at the node nearest the middle, and reads only the four arrows', () => {
    expect(nearestTo({ x: 9, y: 0 }, around)).toBe('east');
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeUndefined();
    expect(arrowDirection('ArrowUp')).toBe('up');
    expect(arrowDirection('Enter')).toBeUndefined();
  });
});
