import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { MAX_PINS } from '../../lib/pins';
import { applyPins, laidOutPositions, PINNED_CLASS } from './pinning';

function view(count: number) {
  return cytoscape({
    headless: true,
    layout: { name: 'preset' },
    elements: [
      { data: { id: 'zone:z' } },
      ...Array.from({ length: count }, (_, i) => ({ data: { id: `n${i}`, parent: 'zone:z' }, position: { x: i * 10, y: 0 } })),
    ],
  });
}

describe('applyPins', () => {
  it('puts pinned nodes on their pin and marks them; a layout rerun that moved them is undone', () => {
    const cy = view(3);
    // What a rerun of the layout (an expansion) does: it moves everything, pinned nodes too.
    cy.getElementById('n1').position({ x: 500, y: 500 });
    applyPins(cy, [{ id: 'n1', x: -40, y: 25 }, { id: 'gone', x: 1, y: 1 }], laidOutPositions(cy));
    expect(cy.getElementById('n1').position()).toEqual({ x: -40, y: 25 });
    expect(cy.nodes(`.${PINNED_CLASS}`).map((n) => n.id())).toEqual(['n1']);
    expect(cy.getElementById('n0').position()).toEqual({ x: 0, y: 0 });
  });

  it('sends an unpinned node back to where the layout put it', () => {
    const cy = view(3);
    const laidOut = laidOutPositions(cy);
    applyPins(cy, [{ id: 'n2', x: 300, y: 300 }], laidOut);
    applyPins(cy, [], laidOut);
    expect(cy.getElementById('n2').position()).toEqual({ x: 20, y: 0 });
    expect(cy.getElementById('n2').hasClass(PINNED_CLASS)).toBe(false);
  });

  it('never lets a zone box be dragged, and at the bound only pinned nodes', () => {
    const cy = view(MAX_PINS + 2);
    applyPins(cy, [{ id: 'n0', x: 0, y: 0 }], new Map());
    expect(cy.getElementById('zone:z').grabbable()).toBe(false);
    expect(cy.getElementById('n5').grabbable()).toBe(true);
    const full = Array.from({ length: MAX_PINS }, (_, i) => ({ id: `n${i}`, x: i, y: 1 }));
    applyPins(cy, full, new Map());
    expect(cy.getElementById('n3').grabbable()).toBe(true);
    expect(cy.getElementById(`n${MAX_PINS + 1}`).grabbable()).toBe(false);
  });
});
