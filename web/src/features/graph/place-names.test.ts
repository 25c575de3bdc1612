import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { keepPlaceNamesReadable, PLACE_NAME_PX, placeNameSize } from './place-names';

describe('placeNameSize', () => {
  it('grows a place name as the view zooms out, so it keeps its size on screen, within bounds', () => {
    expect(placeNameSize(1)).toBe(PLACE_NAME_PX);
    expect(placeNameSize(0.5) * 0.5).toBe(PLACE_NAME_PX);
    // Zoomed in, Cytoscape's own scaling makes it bigger: never smaller than at zoom 1.
    expect(placeNameSize(3)).toBe(PLACE_NAME_PX);
    // Zoomed out a long way, a name stops growing before it covers its neighbours'.
    expect(placeNameSize(0.01)).toBe(48);
  });
});

describe('keepPlaceNamesReadable', () => {
  it('sizes municipality and zone names for the zoom, now and at once after zooming, and places added later too', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [{ data: { id: 'nis:1', label: 'Municipality' } }, { data: { id: 'net:a', label: 'Network' } }],
    });
    const fontSize = (id: string) => cy.getElementById(id).style('font-size');
    cy.zoom(0.5);
    const stop = keepPlaceNamesReadable(cy);
    expect(fontSize('nis:1')).toBe('24px');
    cy.zoom(0.25);
    expect(fontSize('nis:1')).toBe('48px');
    cy.add({ data: { id: 'zone:z', label: 'Zone' } });
    expect(fontSize('zone:z')).toBe('48px');
    // Other names keep Cytoscape's own scaling.
    expect(fontSize('net:a')).not.toBe('48px');
    stop();
    cy.zoom(1);
    expect(fontSize('nis:1')).toBe('48px');
  });
});
