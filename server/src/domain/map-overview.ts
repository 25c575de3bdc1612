// What the map colours (GET /api/map): per municipality the facts every measure is read from, per zone
// the findings the summary counts, and the borders where coverage breaks (BOUNDARY_CONTINUITY).
import type { FindingKind, RuleId, Severity } from './findings';
import type { NetworkType } from './vocabulary';

/** Findings counted per rule and severity; absent entries are 0. Kinds follow from the rule (RULE_KIND). */
export type RuleTally = Partial<Record<RuleId, Partial<Record<Severity, number>>>>;

export interface MapMunicipality {
  /** The bare NIS code, as the boundaries carry it. */
  nis: string;
  name: string;
  /** Zone ids, sorted. */
  zones: string[];
  /** Per network type, the ids of the networks covering the municipality (types without one are left out). */
  networks: Partial<Record<NetworkType, string[]>>;
  /** Childcare places per 100 children aged 0-3, as GET /api/coverage gives it; absent where unknown. */
  childcarePer100?: number;
  /**
   * The findings about the municipality: those with it as subject or related, exactly the ones
   * GET /api/findings?municipality= lists with the same parameters.
   */
  findings: RuleTally;
}

export interface MapZone {
  id: string;
  name: string;
  /** NIS codes of its municipalities, sorted. */
  municipalities: string[];
  /** The findings GET /api/findings?zone= lists: about the zone, or one of its municipalities as subject or related. */
  findings: RuleTally;
}

export interface MapNetwork {
  id: string;
  name: string;
  type: NetworkType;
}

/** A BOUNDARY_CONTINUITY finding placed on the border between its two municipalities. */
export interface ContinuityBorder {
  finding: string;
  networkType: NetworkType;
  /** The municipality without coverage (the finding's subject), bare NIS. */
  uncovered: string;
  /** The neighbour that has it, bare NIS. */
  covered: string;
}

export interface MapOverview {
  municipalities: MapMunicipality[];
  zones: MapZone[];
  networks: MapNetwork[];
  continuity: ContinuityBorder[];
  /** Every finding of the dataset, as GET /api/findings lists them without filters. */
  findings: RuleTally;
}

export type KindSeverityCounts = Record<FindingKind, Record<Severity, number>>;
