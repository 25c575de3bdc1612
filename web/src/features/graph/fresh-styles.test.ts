// Styling fresh elements without the compound bookkeeping gives every element the style Cytoscape would give
// it on its own, and leaves the caches that depend on relatives (a child's opacity under its parent's) live.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { styleFreshElements } from './fresh-styles';
import { graphStylesheet } from './graph-stylesheet';

/** A zone drawn around three municipalities, organisations and offers among them, and a sector group. */
function elements(): ElementDefinition[] {
  const nodes: ElementDefinition[] = [
    { data: { id: 'zone', label: 'Zone', caption: 'Zone', shape: 'round-hexagon', colour: '#56407a' } },
    ...[1, 2, 3].map((n) => ({ data: { id: `nis:${n}`, parent: 'zone', label: 'Municipality', caption: `Gemeente ${n}`, shape: 'round-rectangle', colour: '#275d8c' } })),
    ...[1, 2, 3, 4].map((n) => ({ data: { id: `org:${n}`, label: 'Organisation', caption: `Organisatie ${n}`, shape: 'ellipse', colour: '#e08a2c' } })),
    { data: { id: 'offers:nis:1:sport', label: 'Offer', caption: '5 × sport', shape: 'round-triangle', colour: '#4aa564', group: true, count: 5 } },
  ];
  const edges: ElementDefinition[] = [
    { data: { id: 'e1', source: 'nis:1', target: 'org:1', type: 'OPERATES' } },
    { data: { id: 'e2', source: 'org:2', target: 'nis:2', type: 'MEMBER_OF' } },
    { data: { id: 'e3', source: 'nis:1', target: 'nis:2', type: 'ADJACENT_TO' } },
    { data: { id: 'e4', source: 'offers:nis:1:sport', target: 'nis:1', type: 'LOCATED_IN', weight: 5 } },
    { data: { id: 'e5', source: 'org:3', target: 'org:4', type: 'FUNDS' } },
  ];
  return [...nodes.map((node) => ({ ...node, group: 'nodes' as const })), ...edges.map((edge) => ({ ...edge, group: 'edges' as const }))];
}

const PROPERTIES = ['display', 'label', 'font-size', 'font-weight', 'color', 'background-color', 'shape', 'width', 'height', 'border-width', 'z-index', 'line-color', 'curve-style', 'opacity', 'padding', 'text-valign'];

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
    expect(eager.elements().length).toBe(14);
    expect(styles(eager)).toEqual(styles(lazy));
    expect(eager.getElementById('nis:1').style('font-weight')).toBe('600');
    expect(eager.getElementById('e3').style('line-style')).toBe('dashed');
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

  it('gives every node and edge the bounding box Cytoscape works out on its own', () => {
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
