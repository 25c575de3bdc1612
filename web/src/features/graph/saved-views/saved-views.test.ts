import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, MAX_SAVED_VIEWS, readSavedViews, withoutSavedView, withSavedView, writeSavedViews } from './saved-views';

const now = new Date('2026-12-06T23:00:00Z');

describe('saved views', () => {
  it('saves the newest first and replaces a view of the same name', () => {
    let views = withSavedView([], 'Roeselare vooraan', '?zone=a', now);
    views = withSavedView(views, 'Bruzel', '?zone=b', now);
    views = withSavedView(views, '  Roeselare vooraan ', '?zone=a&pin=x~1~2', now);
    expect(views.map((view) => [view.name, view.search])).toEqual([
      ['Roeselare vooraan', '?zone=a&pin=x~1~2'],
      ['Bruzel', '?zone=b'],
    ]);
    expect(withoutSavedView(views, 'Bruzel').map((view) => view.name)).toEqual(['Roeselare vooraan']);
  });

  it('ignores an empty name, cuts a long one and keeps at most MAX_SAVED_VIEWS', () => {
    expect(withSavedView([], '   ', '?zone=a', now)).toEqual([]);
    expect(withSavedView([], 'x'.repeat(100), '?zone=a', now)[0]?.name).toHaveLength(MAX_NAME_LENGTH);
    let views = withSavedView([], 'first', '?zone=a', now);
    for (let i = 0; i < MAX_SAVED_VIEWS; i++) views = withSavedView(views, `view ${i}`, '?zone=a', now);
    expect(views).toHaveLength(MAX_SAVED_VIEWS);
    expect(views.some((view) => view.name === 'first')).toBe(false);
  });

  it('reads back what it wrote, and nothing from a corrupt or foreign entry', () => {
    const items = new Map<string, string>();
    const store = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
    const views = withSavedView([], 'Bruzel', '?zone=b', now);
    expect(writeSavedViews(store, views)).toBe(true);
    expect(readSavedViews(store)).toEqual(views);
    items.set('knooppunt.savedViews.v1', '{broken');
    expect(readSavedViews(store)).toEqual([]);
    items.set('knooppunt.savedViews.v1', JSON.stringify([{ name: 'a', search: 'zone=b', savedAt: 'x' }, ...views]));
    expect(readSavedViews(store)).toEqual(views);
    expect(writeSavedViews({ setItem: () => { throw new Error('full'); } }, views)).toBe(false);
  });
});
