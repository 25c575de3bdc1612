// What the explorer shows, as read from and written to the query string so a link reopens the view.
import { FINDING_KINDS, RULE_IDS, SEVERITIES, type FindingKind, type RuleId, type Severity } from '@knooppunt/server/domain/findings';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '@knooppunt/server/domain/vocabulary';
import { DEFAULT_LANG, isLang, type Lang } from './i18n/lang';
import { parsePins, serialisePins, type Pin } from './pins';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid', 'geographic'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/**
 * What a node's size says: its kind (fixed per label), how many relationships it has, how often it lies on the
 * shortest path between two others (betweenness), or how many findings it is the subject of.
 */
export const SIZE_MEASURES = ['kind', 'degree', 'betweenness', 'findings'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

/**
 * What a node's colour says: `standard` is network type, sector or domain per label (the palette's own);
 * the others colour every node by one thing: its label, its sector, its zone, or its worst finding's severity.
 */
export const COLOUR_MEASURES = ['standard', 'type', 'sector', 'zone', 'severity'] as const;
export type ColourMeasure = (typeof COLOUR_MEASURES)[number];

/** How the explorer shows the network: on the map of municipalities, as a graph, its table twin, or both. */
export const VIEWS = ['map', 'graph', 'table', 'split'] as const;
/**
 * The analysis pages beside them: the findings (with the graph), coverage per zone, the rule explanations,
 * a zone's dashboard (for a zorgraad coordinator), a municipality's profile, and the saved snapshots.
 */
export const ANALYSIS_VIEWS = ['findings', 'coverage', 'rules', 'dashboard', 'profile', 'snapshots'] as const;
export type ViewMode = (typeof VIEWS)[number] | (typeof ANALYSIS_VIEWS)[number];
const ALL_VIEWS: readonly ViewMode[] = [...VIEWS, ...ANALYSIS_VIEWS];

/**
 * Which findings the findings view lists: `zone` follows the zone picker, `all` is all of Flanders,
 * a `nis:` id is one municipality.
 */
export type FindingScope = 'zone' | 'all' | `nis:${string}`;

export interface FindingFilters {
  scope: FindingScope;
  kind?: FindingKind;
  rule?: RuleId;
  severity?: Severity;
}

/** `?graph=vlaanderen`: the whole graph at Flanders zoom (features/graph/overview), when no zone or municipality is open. */
export const WHOLE_GRAPH = 'vlaanderen';

export interface ExplorerState {
  /** The whole-graph view; a zone or municipality, once chosen, takes precedence. */
  whole: boolean;
  /** The eerstelijnszone being viewed (a `zone:` id). */
  zone?: string;
  /** A municipality's NIS, for the view around a municipality that lies in no zone. */
  municipality?: string;
  /** The selected node's id. */
  selected?: string;
  /**
   * The NIS of the municipality whose profile is open, once one is chosen there; it stays while names in the
   * profile are selected, so the node panel can show them beside it.
   */
  profile?: string;
  /** Nodes whose neighbourhood was merged into the view, in the order they were expanded. */
  expanded: string[];
  /** Expanded nodes whose neighbourhood is loaded whole rather than capped (`?all=`). */
  uncapped: string[];
  /** Sector groups of a big view that were opened (`group:<municipality>:<sector>` ids). */
  groups: string[];
  /** What node size encodes in the graph (`?size=`). */
  sizeBy: SizeMeasure;
  /** What node colour encodes in the graph (`?colour=`). */
  colourBy: ColourMeasure;
  /** Nodes dragged to a place of their own, in the order they were pinned (`?pin=`, see pins.ts). */
  pins: Pin[];
  /** Relationship types not drawn in the graph (`?hiderel=`). */
  hiddenRelationships: RelationshipType[];
  /** Labels filtered out of the graph and the table. */
  hidden: NodeLabel[];
  layout: LayoutName;
  view: ViewMode;
  lang: Lang;
  findings: FindingFilters;
  /** The finding the graph is focused on. */
  finding?: string;
  /** The rule whose explanation the rules view opens at. */
  rule?: RuleId;
  /** Whether nodes with findings carry their marker in the graph. */
  overlays: boolean;
  /** What the map colours municipalities by, in the map's URL form (features/map/map-measure.ts). */
  measure?: string;
  /** The province (or Brussels) the map is zoomed to, by name. */
  province?: string;
  /** The map's childcare threshold (childcarePer100), when not the rule's default. */
  per100?: number;
}

/** Offers outnumber everything else in a zone; they stay out of the way until asked for. */
export const DEFAULT_HIDDEN: readonly NodeLabel[] = ['Offer'];

/**
 * The map is the first screen; a link to a zone or a municipality without a view opens its graph. The graph's
 * layout is geographic by default: municipalities on their place, everything else around them. It costs no
 * force simulation (a zone of a thousand nodes is placed at once), gives the same picture on every load and
 * reads like the map people know; the force layout stays one choice away.
 */
export function defaultState(lang: Lang = DEFAULT_LANG): ExplorerState {
  return { whole: false, expanded: [], uncapped: [], groups: [], sizeBy: 'kind', colourBy: 'standard', pins: [], hiddenRelationships: [], hidden: [...DEFAULT_HIDDEN], layout: 'geographic', view: 'map', lang, findings: { scope: 'zone' }, overlays: true };
}

const MEASURE_FORM = /^[a-z]+(:[A-Za-z_]+)?$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function scope(value: string | null): FindingScope {
  if (value === 'all') return 'all';
  return value && /^nis:\d{5}$/.test(value) ? (value as FindingScope) : 'zone';
}

function list(value: string | null): string[] {
  return value ? value.split(',').filter((item) => item.length > 0) : [];
}

/**
 * The state after a change. Pins are places in one view under one layout (a geographic position means nothing
 * to the force layout): opening another zone, municipality or layout starts without them, unless the change
 * brings its own (a saved view). Expanding a node keeps them.
 */
export function patchExplorerState(current: ExplorerState, patch: Partial<ExplorerState>): ExplorerState {
  const next = { ...current, ...patch };
  const elsewhere = next.zone !== current.zone || next.municipality !== current.municipality || next.whole !== current.whole || next.layout !== current.layout;
  return elsewhere && patch.pins === undefined && next.pins.length > 0 ? { ...next, pins: [] } : next;
}

/** Read a query string; anything missing or unknown falls back to the defaults. */
export function parseExplorerState(search: string, fallbackLang: Lang): ExplorerState {
  const params = new URLSearchParams(search);
  const base = defaultState(isLang(params.get('lang')) ? (params.get('lang') as Lang) : fallbackLang);
  const zone = params.get('zone') || undefined;
  const municipality = params.get('nis') || undefined;
  const selected = params.get('node') || undefined;
  const profile = params.get('municipality');
  const hide = params.get('hide');
  const finding = params.get('finding') || undefined;
  const rule = oneOf(RULE_IDS, params.get('rule'));
  const kind = oneOf(FINDING_KINDS, params.get('fkind'));
  const ruleFilter = oneOf(RULE_IDS, params.get('frule'));
  const severity = oneOf(SEVERITIES, params.get('fseverity'));
  const measure = params.get('measure');
  const province = params.get('province');
  const per100 = Number(params.get('per100'));
  return {
    ...base,
    whole: params.get('graph') === WHOLE_GRAPH && !zone && !municipality,
    ...(zone ? { zone } : {}),
    ...(municipality && !zone ? { municipality } : {}),
    ...(selected ? { selected } : {}),
    ...(profile && /^\d{5}$/.test(profile) ? { profile } : {}),
    expanded: list(params.get('expand')),
    groups: list(params.get('groups')),
    uncapped: list(params.get('all')),
    sizeBy: oneOf(SIZE_MEASURES, params.get('size')) ?? base.sizeBy,
    colourBy: oneOf(COLOUR_MEASURES, params.get('colour')) ?? base.colourBy,
    pins: parsePins(params.get('pin')),
    hiddenRelationships: list(params.get('hiderel')).filter((type): type is RelationshipType => oneOf(RELATIONSHIP_TYPES, type) !== undefined),
    // An empty `hide=` means every label is shown, which differs from leaving the parameter out.
    hidden: hide === null ? base.hidden : list(hide).filter((label): label is NodeLabel => oneOf(NODE_LABELS, label) !== undefined),
    layout: oneOf(LAYOUTS, params.get('layout')) ?? base.layout,
    view: oneOf(ALL_VIEWS, params.get('view')) ?? (zone || municipality || params.get('graph') === WHOLE_GRAPH ? 'graph' : base.view),
    findings: {
      scope: scope(params.get('scope')),
      ...(kind ? { kind } : {}),
      ...(ruleFilter ? { rule: ruleFilter } : {}),
      ...(severity ? { severity } : {}),
    },
    ...(finding ? { finding } : {}),
    ...(rule ? { rule } : {}),
    overlays: params.get('overlays') !== 'off',
    ...(measure && MEASURE_FORM.test(measure) ? { measure } : {}),
    ...(province ? { province } : {}),
    ...(params.has('per100') && Number.isFinite(per100) && per100 > 0 && per100 <= 1000 ? { per100 } : {}),
  };
}

/** Write the state as a query string (with its leading `?`), in a fixed, readable order. */
export function serialiseExplorerState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.zone) params.set('zone', state.zone);
  else if (state.municipality) params.set('nis', state.municipality);
  else if (state.whole) params.set('graph', WHOLE_GRAPH);
  if (state.selected) params.set('node', state.selected);
  if (state.profile) params.set('municipality', state.profile);
  if (state.expanded.length > 0) params.set('expand', state.expanded.join(','));
  if (state.uncapped.length > 0) params.set('all', state.uncapped.join(','));
  if (state.groups.length > 0) params.set('groups', state.groups.join(','));
  params.set('hide', NODE_LABELS.filter((label) => state.hidden.includes(label)).join(','));
  params.set('layout', state.layout);
  if (state.sizeBy !== 'kind') params.set('size', state.sizeBy);
  if (state.colourBy !== 'standard') params.set('colour', state.colourBy);
  if (state.pins.length > 0) params.set('pin', serialisePins(state.pins));
  if (state.hiddenRelationships.length > 0) params.set('hiderel', RELATIONSHIP_TYPES.filter((type) => state.hiddenRelationships.includes(type)).join(','));
  params.set('view', state.view);
  if (state.findings.scope !== 'zone') params.set('scope', state.findings.scope);
  if (state.findings.kind) params.set('fkind', state.findings.kind);
  if (state.findings.rule) params.set('frule', state.findings.rule);
  if (state.findings.severity) params.set('fseverity', state.findings.severity);
  if (state.finding) params.set('finding', state.finding);
  if (state.rule) params.set('rule', state.rule);
  if (!state.overlays) params.set('overlays', 'off');
  if (state.measure) params.set('measure', state.measure);
  if (state.province) params.set('province', state.province);
  if (state.per100 !== undefined) params.set('per100', String(state.per100));
  params.set('lang', state.lang);
  return `?${params.toString()}`;
}
