// The zone dashboard (GET /api/zones/{zoneId}/dashboard): an eerstelijnszone as its zorgraad coordinator
// explores it. Who sits in the zorgraad and for which sector, what it lacks, which networks and
// organisations reach across the zone's border, who brokers in the zone's collaboration graph and how its
// communities follow the municipal borders, and the zone's findings. The web app imports these shapes.
import type { NodeSummary } from './api';
import type { Finding } from './findings';
import type { MembershipRole, NetworkType, NodeLabel, Sector } from './vocabulary';

export interface ZorgraadMember {
  member: NodeSummary;
  role: MembershipRole;
  /** The seat it takes (docs/rules.md): MEMBER_OF.sector, else the organisation's sector, else lokaal_bestuur. */
  seat: Sector;
  /** What the member is: an organisation's own sector, lokaal_bestuur for a municipality. */
  sector: Sector;
}

export interface SeatCount {
  sector: Sector;
  count: number;
  /** One of the sectors the zorgraad must seat (the zorgraadSectors parameter). */
  required: boolean;
}

export interface Zorgraad {
  network: NodeSummary;
  /** Sorted by seat, then name. */
  members: ZorgraadMember[];
  /** Members per seat, with every required sector present (a count of 0 is a missing sector); in vocabulary order. */
  bySeat: SeatCount[];
  /** Members per own sector, in vocabulary order. */
  bySector: { sector: Sector; count: number }[];
  /** Members per role, in vocabulary order. */
  byRole: { role: MembershipRole; count: number }[];
  /** Required sectors nobody sits for, each with its GAP_ZORGRAAD_SECTOR_MISSING finding. */
  missingSectors: { sector: Sector; finding: string }[];
}

/** A municipality of the zone that is not a member of the zone's zorgraad. */
export interface AbsentMunicipality {
  municipality: NodeSummary;
  /** Its GAP_ZORGRAAD_MUNICIPALITY_ABSENT finding. */
  finding: string;
}

/** A network that covers municipalities of the zone and municipalities outside it. */
export interface BorderNetwork {
  network: NodeSummary;
  type: NetworkType;
  /** Covered municipalities of this zone, sorted by name. */
  inside: NodeSummary[];
  /** Covered municipalities outside this zone, sorted by name. */
  outside: NodeSummary[];
  /** The zones those outside municipalities lie in, sorted by name. */
  otherZones: NodeSummary[];
}

/** An organisation of the zone that also operates or has offers in municipalities outside it. */
export interface CrossZoneOrganisation {
  organisation: NodeSummary;
  sector: Sector;
  /** Municipalities outside this zone that run it or where its offers are located or serve, sorted by name. */
  outside: NodeSummary[];
  /** The zones those municipalities lie in, sorted by name. */
  otherZones: NodeSummary[];
}

/** A node of the collaboration graph with its centralities. */
export interface Broker {
  node: NodeSummary;
  /** Neighbours in the collaboration graph. */
  degree: number;
  /** Degree ÷ (nodes − 1). */
  degreeCentrality: number;
  /** Share of shortest paths between other pairs that pass through it, normalised to 0-1 (exact or estimated, see `betweenness`). */
  betweenness: number;
  /** Distinct home municipalities among its neighbours: how many municipalities it links. */
  municipalities: number;
  /** The community it falls in (`Community.id`). */
  community: number;
}

export interface Community {
  /** 1 for the largest community, then by size (ties: by the smallest member id). */
  id: number;
  size: number;
  sizeByLabel: Partial<Record<NodeLabel, number>>;
  /** Members that have a home municipality (see `CollaborationMetrics.alignment`). */
  homed: number;
  /** The home municipality most of those members share; absent when none has a home. */
  dominant?: NodeSummary;
  /** Members with the dominant home ÷ homed members (0 when none is homed). */
  share: number;
  /** Its best-connected members (highest degree, at most five): what the community is about. */
  core: NodeSummary[];
}

export interface CollaborationMetrics {
  /** Size of the zone's collaboration graph (see analysis/zone-dashboard/collaboration-graph.ts). */
  size: { nodes: number; edges: number; municipalities: number; networks: number; organisations: number };
  /** Exact (Brandes) on graphs up to a size, else estimated from a seeded sample of source nodes. */
  betweenness: { method: 'exact' } | { method: 'sampled'; pivots: number };
  /** The top brokers: highest betweenness first, then degree, then id. */
  brokers: Broker[];
  /** Louvain communities (seeded, so every run and store gives the same), largest first. */
  communities: Community[];
  /** Modularity of that partition (−0.5 to 1; above about 0.3 a clear community structure). */
  modularity: number;
  /**
   * How far the communities follow municipal borders, over the members that have a home municipality:
   * purity (share of them whose community's dominant home is their own) and normalised mutual
   * information between community and home (0: unrelated, 1: the same partition; null where the zone's
   * members have fewer than two homes or the graph is empty, so borders cannot split anything).
   */
  alignment: { homed: number; unhomed: number; purity: number; nmi: number | null };
}

export interface ZoneDashboard {
  zone: NodeSummary;
  /** The zone's municipalities, sorted by name. */
  municipalities: NodeSummary[];
  /** The sectors a zorgraad must seat, as asked (zorgraadSectors). */
  requiredSectors: Sector[];
  /** The zone's zorgraden (COUNCIL_OF); empty when it has none (then GAP_ZORGRAAD_MISSING is among the findings). */
  zorgraden: Zorgraad[];
  absentMunicipalities: AbsentMunicipality[];
  borderNetworks: BorderNetwork[];
  crossZoneOrganisations: CrossZoneOrganisation[];
  collaboration: CollaborationMetrics;
  /** The findings about the zone or its municipalities (as GET /api/findings?zone=), sorted by id. */
  findings: Finding[];
}
