// The whole graph at Flanders zoom (GET /api/overview): one aggregate per municipality, grouped by zone,
// with the relationships between municipalities summed. What the explorer's whole-graph view draws.
import type { NodeLabel } from './vocabulary';

export interface OverviewZone {
  id: string;
  name: string;
  /** Municipality ids, sorted. */
  municipalities: string[];
  /** Networks, organisations and offers whose home municipality lies in the zone. */
  actors: number;
}

export interface OverviewMunicipality {
  id: string;
  name: string;
  province?: string;
  /** Zone ids, sorted; a municipality may lie in several (Antwerpen in four) or none. */
  zones: string[];
  /** Networks, organisations and offers whose home is this municipality (see graph/lod/home-municipality.ts). */
  actors: Partial<Record<NodeLabel, number>>;
}

export interface OverviewLink {
  from: string;
  to: string;
  /** How many relationships join the two municipalities' actors (IN_ZONE and ADJACENT_TO left out). */
  weight: number;
}

export interface Overview {
  zones: OverviewZone[];
  municipalities: OverviewMunicipality[];
  /** Sorted by `from`, then `to`, with `from` < `to`. */
  links: OverviewLink[];
  /** The whole graph's size, and how much of it has no home municipality (so appears in no aggregate). */
  nodes: number;
  relationships: number;
  unplaced: number;
}
