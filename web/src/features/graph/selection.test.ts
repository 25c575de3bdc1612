import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { splitElements } from './edge-layer/view-edges';
import { highlightSelection as highlight } from './selection';

/** a – b – c, and d alone; b sits in the compound z. Cytoscape holds the nodes, the edges are apart. */
const EDGES = splitElements([
  { data: { id: 'a' } },
  { data: { id: 'b' } },
  { data: { id: 'c' } },
  { data: { id: 'ab', source: 'a', target: 'b' } },
  { data: { id: 'bc', source: 'b', target: 'c' } },
]).edges;
const highlightSelection = (cy: cytoscape.Core, id: string | undefined) => highlight(cy, id, EDGES.neighbours);

function graph() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { data: { id: 'z' } },
      { data: { id: 'a' } },
      { data: { id: 'b', parent: 'z' } },
      { data: { id: 'c' } },
      { data: { id: 'd' } },
    ],
  });
}

const withClass = (cy: cytoscape.Core, name: string) => cy.$(`.${name}`).map((element) => element.id()).sort();

describe('highlightSelection', () => {
  it('highlights the selected node, its neighbours and its compound, and fades the rest', () => {
    const cy = graph();
    highlightSelection(cy, 'a');
    expect(withClass(cy, 'highlighted')).toEqual(['a', 'b']);
    expect(withClass(cy, 'faded')).toEqual(['c', 'd', 'z']);
    expect(cy.$(':selected').map((element) => element.id())).toEqual(['a']);
  });

  it('moves the highlight to the next selection and clears it when nothing is selected', () => {
    const cy = graph();
    highlightSelection(cy, 'a');
    highlightSelection(cy, 'b');
    expect(withClass(cy, 'highlighted')).toEqual(['a', 'b', 'c', 'z']);
    expect(withClass(cy, 'faded')).toEqual(['d']);
    expect(cy.$(':selected').map((element) => element.id())).toEqual(['b']);
    highlightSelection(cy, undefined);
    expect(withClass(cy, 'highlighted')).toEqual([]);
    expect(withClass(cy, 'faded')).toEqual([]);
    expect(cy.$(':selected').length).toBe(0);
  });

  it('restyles only the elements whose classes change', () => {
    const cy = graph();
    highlightSelection(cy, 'a');
    const restyled: string[] = [];
    cy.on('style', (event) => restyled.push((event.target as cytoscape.SingularElementArgument).id()));
    highlightSelection(cy, 'a');
    expect(restyled).toEqual([]);
    // From a to d: a and b lose the highlight and fade, d gains it (and Cytoscape restyles the compound z of
    // b with it); c stays faded, untouched.
    highlightSelection(cy, 'd');
    expect([...new Set(restyled)].sort()).toEqual(['a', 'b', 'd', 'z']);
  });

  it('fades nothing when the selected node is not in the view', () => {
    const cy = graph();
    highlightSelection(cy, 'gone');
    expect(withClass(cy, 'faded')).toEqual([]);
  });
});
