// A municipality's profile (GET /api/municipalities/{nis}/profile): what a municipality checks its partner
// coverage against for its multi-year plan. A checklist of network types and functions (covered by what, or
// missing, with the findings that say so), its networks and partners, its funding, its role conflicts with
// each network's beheersmodel status, and how it compares with its neighbours.
//
// `covered`: present, and no gap finding about it; `partial`: present, but a gap finding says something is
// lacking (a BOA without regie, a zorgraad the municipality does not sit in, childcare below the target) or,
// for a function, offered only next door; `missing`: absent. In a comparison, a municipality stands `fewer`
// when more than half of the neighbours with a value have a higher one, `more` when more than half have a
// lower one, else `alike`. The shapes are defined once, as zod schemas, in municipality-profile.schema.ts.
export { COMPARISON_MEASURES, type ComparisonMeasure } from './vocabulary';
export type {
  CheckStatus,
  ComparisonRow,
  DirectedNetwork,
  FindingRef,
  FunctionCheck,
  FunctionOffer,
  GovernanceStatus,
  MunicipalityProfile,
  NeighbourComparison,
  NetworkTypeCheck,
  PartnerRole,
  ProfileConflict,
  ProfileFunding,
  ProfileFundingRow,
  ProfileNetwork,
  ProfilePartner,
  ProfileRoleConflicts,
  Standing,
} from './municipality-profile.schema';
