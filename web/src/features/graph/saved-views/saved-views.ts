// Named views kept in the browser: a name and the address of a view (zone, filters, styling, pinned nodes),
// so an arrangement someone made can be reopened by name without keeping the link somewhere.
import type { PositionStore } from '../layout/position-cache';

export interface SavedView {
  name: string;
  /** The view's query string, with its leading `?`. */
  search: string;
  /** ISO date and time of the last save. */
  savedAt: string;
}

/** Enough for a coordinator's working set; the oldest goes when a new one would exceed it. */
export const MAX_SAVED_VIEWS = 20;
export const MAX_NAME_LENGTH = 60;
const KEY = 'knooppunt.savedViews.v1';

function isSavedView(value: unknown): value is SavedView {
  const view = value as Partial<SavedView> | null;
  return typeof view?.name === 'string' && typeof view.search === 'string' && view.search.startsWith('?') && typeof view.savedAt === 'string';
}

/** The saved views, most recently saved first; anything unreadable counts as none. */
export function readSavedViews(store: Pick<PositionStore, 'getItem'>): SavedView[] {
  try {
    const parsed = JSON.parse(store.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter(isSavedView) : [];
  } catch {
    return [];
  }
}

/** The list after saving `search` under `name` (trimmed, cut to MAX_NAME_LENGTH): a view of the same name is replaced. */
export function withSavedView(views: readonly SavedView[], name: string, search: string, now: Date): SavedView[] {
  const trimmed = name.trim().slice(0, MAX_NAME_LENGTH);
  if (trimmed.length === 0) return [...views];
  const others = views.filter((view) => view.name !== trimmed);
  return [{ name: trimmed, search, savedAt: now.toISOString() }, ...others].slice(0, MAX_SAVED_VIEWS);
}

export function withoutSavedView(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((view) => view.name !== name);
}

/** Store the list; false when the browser refused (storage full or disabled). */
export function writeSavedViews(store: Pick<PositionStore, 'setItem'>, views: readonly SavedView[]): boolean {
  try {
    store.setItem(KEY, JSON.stringify(views));
    return true;
  } catch {
    return false;
  }
}
