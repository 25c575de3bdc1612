// The shape of the display names for the domain's closed vocabularies, one per language.
import type { Reach } from '@knooppunt/server/domain/coverage';
import type { FindingKind, RuleId, Severity } from '@knooppunt/server/domain/findings';
import type {
  FundingKind,
  LegalForm,
  MembershipRole,
  NetworkType,
  NodeLabel,
  OfferFunction,
  Region,
  RelationshipType,
  Sector,
  ServiceDomain,
} from '@knooppunt/server/domain/vocabulary';

/** How a relationship reads from either end: `out` from its start node, `in` from its end node. */
export interface RelationshipNames {
  name: string;
  out: string;
  in: string;
}

export type PropertyKey =
  | 'id'
  | 'nis'
  | 'name'
  | 'province'
  | 'region'
  | 'population'
  | 'children0to3'
  | 'children3to12'
  | 'type'
  | 'governanceModel'
  | 'governanceModelDate'
  | 'legalForm'
  | 'sector'
  | 'function'
  | 'capacity'
  | 'role'
  | 'year'
  | 'amount'
  | 'kind';

export interface VocabularyNames {
  label: Record<NodeLabel, string>;
  labelPlural: Record<NodeLabel, string>;
  networkType: Record<NetworkType, string>;
  sector: Record<Sector, string>;
  function: Record<OfferFunction, string>;
  domain: Record<ServiceDomain, string>;
  role: Record<MembershipRole, string>;
  legalForm: Record<LegalForm, string>;
  fundingKind: Record<FundingKind, string>;
  region: Record<Region, string>;
  relationship: Record<RelationshipType, RelationshipNames>;
  property: Record<PropertyKey, string>;
  /** A rule's short human name, as a column value and a filter option. */
  rule: Record<RuleId, string>;
  findingKind: Record<FindingKind, string>;
  severity: Record<Severity, string>;
  /** How far a function is reachable from a municipality (coverage). */
  reach: Record<Reach, string>;
}
