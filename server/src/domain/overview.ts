// The whole graph at Flanders zoom (GET /api/overview): one aggregate per municipality, grouped by zone,
// with the relationships between municipalities summed. What the explorer's whole-graph view draws. The
// shapes are defined once, as zod schemas, in overview.schema.ts.
export type { Overview, OverviewLink, OverviewMunicipality, OverviewZone } from './overview.schema';
