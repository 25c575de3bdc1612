import { describe, expect, it } from 'vitest';
import { DETAIL_MAX_MUNICIPALITIES, MUNICIPALITY_ZOOM_FACTOR, overviewLevel } from './overview-levels';

describe('overviewLevel', () => {
  it('shows zones at Flanders zoom, municipalities once zoomed in, and the detail with a province or less in view', () => {
    expect(overviewLevel(1, 1, 304)).toBe('zone');
    expect(overviewLevel(MUNICIPALITY_ZOOM_FACTOR, 1, DETAIL_MAX_MUNICIPALITIES + 1)).toBe('municipality');
    expect(overviewLevel(MUNICIPALITY_ZOOM_FACTOR * 0.99, 1, DETAIL_MAX_MUNICIPALITIES + 1)).toBe('zone');
    expect(overviewLevel(MUNICIPALITY_ZOOM_FACTOR * 3, 1, DETAIL_MAX_MUNICIPALITIES)).toBe('detail');
    // A tall province fits at a small zoom: what is in view decides, not the zoom.
    expect(overviewLevel(1.2, 1, 60)).toBe('detail');
  });

  it('falls back to zones when no municipality is in view (panned off the map)', () => {
    expect(overviewLevel(1, 1, 0)).toBe('zone');
    expect(overviewLevel(10, 1, 0)).toBe('municipality');
  });
});
