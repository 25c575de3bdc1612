// What the map colours (GET /api/map): per municipality the facts every measure is read from, per zone
// the findings the summary counts, and the borders where coverage breaks (BOUNDARY_CONTINUITY). The
// shapes are defined once, as zod schemas, in map-overview.schema.ts.
import type { FindingKind, Severity } from './vocabulary';

export type { ContinuityBorder, MapMunicipality, MapNetwork, MapOverview, MapZone, RuleTally } from './map-overview.schema';

export type KindSeverityCounts = Record<FindingKind, Record<Severity, number>>;
