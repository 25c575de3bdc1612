// The property graph of docs/graph-model.md as plain values: what both stores hold and the API returns.
import type {
  FundingKind,
  LegalForm,
  MembershipRole,
  NetworkType,
  OfferFunction,
  Region,
  Sector,
} from './vocabulary';

export interface MunicipalityProperties {
  nis: string;
  name: string;
  province?: string;
  region?: Region;
  population?: number;
  children0to3?: number;
  children3to12?: number;
}

export interface ZoneProperties {
  name: string;
}

export interface NetworkProperties {
  type: NetworkType;
  name: string;
  /** A beheersmodel is recorded; an empty cell in the import means false. */
  governanceModel: boolean;
  governanceModelDate?: string;
}

export interface OrganisationProperties {
  name: string;
  legalForm: LegalForm;
  sector: Sector;
}

export interface OfferProperties {
  function: OfferFunction;
  capacity?: number;
  name?: string;
}

export type GraphNode =
  | { id: string; label: 'Municipality'; properties: MunicipalityProperties }
  | { id: string; label: 'Zone'; properties: ZoneProperties }
  | { id: string; label: 'Network'; properties: NetworkProperties }
  | { id: string; label: 'Organisation'; properties: OrganisationProperties }
  | { id: string; label: 'Offer'; properties: OfferProperties };

export type NodeOfLabel<L extends GraphNode['label']> = Extract<GraphNode, { label: L }>;

export interface MembershipProperties {
  role: MembershipRole;
  sector?: Sector;
}

export interface FundingProperties {
  year: number;
  amount: number;
  kind?: FundingKind;
}

type Endpoints = { id: string; from: string; to: string };

export type Relationship =
  | (Endpoints & { type: 'IN_ZONE' | 'ADJACENT_TO' | 'COUNCIL_OF' | 'COVERS' | 'DIRECTS' | 'OPERATES' | 'PROVIDES' | 'LOCATED_IN' | 'SERVES'; properties: Record<string, never> })
  | (Endpoints & { type: 'MEMBER_OF'; properties: MembershipProperties })
  | (Endpoints & { type: 'FUNDS'; properties: FundingProperties });

/** A self-contained piece of the graph: every relationship's ends are among `nodes`. */
export interface Subgraph {
  nodes: GraphNode[];
  relationships: Relationship[];
  /** Set when a size limit cut the subgraph short. */
  truncated?: boolean;
}

/** The display name of any node: offers may lack a name, so they fall back to their function. */
export function nodeName(node: GraphNode): string {
  if (node.label === 'Offer') return node.properties.name ?? node.properties.function;
  return node.properties.name;
}
