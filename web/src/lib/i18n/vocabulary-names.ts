// The shape of the display names for the domain's closed vocabularies, one per language.
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
}
