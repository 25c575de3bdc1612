// Styling fresh elements without the compound bookkeeping gives every element the style Cytoscape would give
// it on its own, and leaves the caches that depend on relatives (a child's opacity under its parent's) live.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { styleFreshElements } from './fresh-styles';
import { graphStylesheet } from './graph-stylesheet';

/** A zone drawn around three municipalities, organisations beside them, and a group of offers. */
function elements(): ElementDefinition[] {
  const nodes: ElementDefinition[] = [
    { data: { id: 'zone', label: 'Zone', caption: 'Zone', shape: 'round-hexagon', colour: '#56407a' } },
    ...[1, 2, 3].map((n) => ({ data: { id: `nis:${n}`, parent: 'zone', label: 'Municipality', caption: `Gemeente ${n}`, shape: 'round-rectangle', colour: '#275d8c' } })),
    ...[1, 2, 3, 4].map((n) => ({ data: { id: `org:${n}`, label: 'Organisation', caption: `Organisatie ${n}`, shape: 'ellipse', colour: '#e08a2c' } })),
    { data: { id: 'offers:nis:1:sport', label: 'Offer', caption: '5 × sport', shape: 'round-triangle', colour: '#4aa564', group: true, count: 5 } },
  ];
  // Only nodes: the view's edges are not Cytoscape's (edge-layer/view-edges.ts).
  return nodes.map((node) => ({ ...node, group: 'nodes' as const }));
}

const PROPERTIES = ['display', 'label', 'font-size', 'font-weight', 'color', 'background-color', 'shape', 'width', 'height', 'border-width', 'z-index', 'opacity', 'padding', 'text-valign'];

function styled(eager: boolean): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStylesheet, elements: [] });
  cy.add(elements());
  if (eager) styleFreshElements(cy, cy.elements());
  return cy;
}

const styles = (cy: Core) => cy.elements().map((element) => [element.id(), PROPERTIES.map((name) => String(element.style(name)))]);

describe('styleFreshElements', () => {
  it('gives every element the style Cytoscape works out on its own, and keeps the graph compound', () => {
    const eager = styled(true);
    const lazy = styled(false);
    expect(eager.elements().length).toBe(9);
    expect(styles(eager)).toEqual(styles(lazy));
    expect(eager.getElementById('nis:1').style('font-weight')).toBe('600');
    expect(eager.getElementById('offers:nis:1:sport').style('border-style')).toBe('double');
    expect(eager.getElementById('zone').isParent()).toBe(true);
    expect((eager as Core & { hasCompoundNodes: () => boolean }).hasCompoundNodes()).toBe(true);
  });

  it('leaves the caches that depend on relatives live: a child styled before its faded parent is faded too', () => {
    // The children first, so the pass styles them while their parent is still unstyled.
    const cy = cytoscape({ headless: true, styleEnabled: true, style: [...graphStylesheet, { selector: ':parent', style: { opacity: 0.5 } }], elements: [] });
    cy.add(elements().reverse());
    styleFreshElements(cy, cy.elements());
    expect(cy.getElementById('zone').style('opacity')).toBe('0.5');
    expect(cy.getElementById('nis:1').effectiveOpacity()).toBe(0.5);
    expect(cy.getElementById('org:1').effectiveOpacity()).toBe(1);
  });
});

describe('styleFreshElements and the bounds', () => {
  const boxes = (cy: Core) =>
    cy.elements().map((element) => {
      const box = element.boundingBox({ includeLabels: false, includeOverlays: false });
      return [element.id(), [box.x1, box.y1, box.x2, box.y2].map((value) => Math.round(value * 100) / 100)];
    });

  it('gives every node the bounding box Cytoscape works out on its own', () => {
    const eager = styled(true);
    const lazy = styled(false);
    for (const cy of [eager, lazy]) cy.nodes().forEach((node, index) => void node.position({ x: (index % 4) * 80, y: Math.floor(index / 4) * 60 }));
    expect(boxes(eager)).toEqual(boxes(lazy));
    // The zone's box is its children's, padded: it would be a point if the compound bounds were left stale.
    expect(eager.getElementById('zone').width()).toBeGreaterThan(100);
  });

  it('leaves Cytoscape its triggers afterwards: a live node made wider gets wider bounds', () => {
    const cy = styled(true);
    const node = cy.getElementById('org:1');
    const before = node.boundingBox({ includeLabels: false }).w;
    node.style('width', 80);
    expect(node.boundingBox({ includeLabels: false }).w).toBeGreaterThan(before + 50);
  });
});
