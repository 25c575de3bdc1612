// Coverage per municipality (GET /api/coverage): which network types cover it and by which networks,
// how far each function is reachable, and childcare places per 100 children aged 0-3. The shapes are
// defined once, as zod schemas, in coverage.schema.ts.
export type { CoverageResponse, MunicipalityCoverage, Reach } from './coverage.schema';
