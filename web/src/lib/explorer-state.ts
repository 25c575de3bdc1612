// What the explorer shows, as read from and written to the query string so a link reopens the view.
import { NODE_LABELS, type NodeLabel } from '@knooppunt/server/domain/vocabulary';
import { DEFAULT_LANG, isLang, type Lang } from './i18n/lang';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid', 'geographic'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const VIEWS = ['graph', 'table', 'split'] as const;
export type ViewMode = (typeof VIEWS)[number];

export interface ExplorerState {
  /** The eerstelijnszone being viewed (a `zone:` id). */
  zone?: string;
  /** A municipality's NIS, for the view around a municipality that lies in no zone. */
  municipality?: string;
  /** The selected node's id. */
  selected?: string;
  /** Nodes whose neighbourhood was merged into the view, in the order they were expanded. */
  expanded: string[];
  /** Labels filtered out of the graph and the table. */
  hidden: NodeLabel[];
  layout: LayoutName;
  view: ViewMode;
  lang: Lang;
}

/** Offers outnumber everything else in a zone; they stay out of the way until asked for. */
export const DEFAULT_HIDDEN: readonly NodeLabel[] = ['Offer'];

export function defaultState(lang: Lang = DEFAULT_LANG): ExplorerState {
  return { expanded: [], hidden: [...DEFAULT_HIDDEN], layout: 'fcose', view: 'graph', lang };
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function list(value: string | null): string[] {
  return value ? value.split(',').filter((item) => item.length > 0) : [];
}

/** Read a query string; anything missing or unknown falls back to the defaults. */
export function parseExplorerState(search: string, fallbackLang: Lang): ExplorerState {
  const params = new URLSearchParams(search);
  const base = defaultState(isLang(params.get('lang')) ? (params.get('lang') as Lang) : fallbackLang);
  const zone = params.get('zone') || undefined;
  const municipality = params.get('nis') || undefined;
  const selected = params.get('node') || undefined;
  const hide = params.get('hide');
  return {
    ...base,
    ...(zone ? { zone } : {}),
    ...(municipality && !zone ? { municipality } : {}),
    ...(selected ? { selected } : {}),
    expanded: list(params.get('expand')),
    // An empty `hide=` means every label is shown, which differs from leaving the parameter out.
    hidden: hide === null ? base.hidden : list(hide).filter((label): label is NodeLabel => oneOf(NODE_LABELS, label) !== undefined),
    layout: oneOf(LAYOUTS, params.get('layout')) ?? base.layout,
    view: oneOf(VIEWS, params.get('view')) ?? base.view,
  };
}

/** Write the state as a query string (with its leading `?`), in a fixed, readable order. */
export function serialiseExplorerState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.zone) params.set('zone', state.zone);
  else if (state.municipality) params.set('nis', state.municipality);
  if (state.selected) params.set('node', state.selected);
  if (state.expanded.length > 0) params.set('expand', state.expanded.join(','));
  params.set('hide', NODE_LABELS.filter((label) => state.hidden.includes(label)).join(','));
  params.set('layout', state.layout);
  params.set('view', state.view);
  params.set('lang', state.lang);
  return `?${params.toString()}`;
}
