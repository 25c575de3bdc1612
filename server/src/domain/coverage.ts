// Coverage per municipality (GET /api/coverage): which network types cover it and by which networks,
// how far each function is reachable, and childcare places per 100 children aged 0-3.
import type { NodeSummary } from './api';
import type { NetworkType, OfferFunction } from './vocabulary';

/**
 * `local`: an offer of the function is located in or serves the municipality; `neighbour`: only in or
 * for an adjacent municipality (still reachable in the sense of GAP_FUNCTION_UNREACHABLE); `none`: neither.
 */
export type Reach = 'local' | 'neighbour' | 'none';

export interface MunicipalityCoverage {
  municipality: NodeSummary & { nis: string };
  /** Zone ids, sorted. */
  zones: string[];
  /** For every network type, the networks of that type covering the municipality (sorted by id; empty when none). */
  networks: Record<NetworkType, NodeSummary[]>;
  reach: Record<OfferFunction, Reach>;
  childcare: {
    /** Capacity of kinderopvang_baby_peuter offers located in the municipality (no capacity counts as 0). */
    places: number;
    children0to3?: number;
    /** places × 100 ÷ children, rounded to 1 decimal; absent where the number of children is unknown or 0. */
    per100?: number;
  };
}

export interface CoverageResponse {
  /** The zone asked for, if any. */
  zone?: NodeSummary;
  /** One row per municipality (of the zone), sorted by name as a Dutch reader sorts, then id. */
  municipalities: MunicipalityCoverage[];
}
