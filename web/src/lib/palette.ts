// Colours and shapes that encode the domain, shared by the graph, its legend and the table.
import type { FindingKind, Severity } from '@knooppunt/server/domain/findings';
import type { GraphNode } from '@knooppunt/server/domain/graph';
import {
  FUNCTION_DOMAIN,
  type NetworkType,
  type NodeLabel,
  type RelationshipType,
  type Sector,
  type ServiceDomain,
} from '@knooppunt/server/domain/vocabulary';

/** Label decides the shape, so a node's kind reads at a glance even for colour-blind users. */
export const LABEL_SHAPE = {
  Municipality: 'round-rectangle',
  Zone: 'round-hexagon',
  Network: 'diamond',
  Organisation: 'ellipse',
  Offer: 'round-triangle',
} as const satisfies Record<NodeLabel, string>;

export const LABEL_COLOUR: Record<NodeLabel, string> = {
  Municipality: '#2f5d8a',
  Zone: '#7a5ba6',
  Network: '#b5485d',
  Organisation: '#4a7fb5',
  Offer: '#9aa0a6',
};

export const NETWORK_TYPE_COLOUR: Record<NetworkType, string> = {
  ZORGRAAD: '#b5485d',
  HUIS_VAN_HET_KIND: '#e08a2c',
  LOK: '#d0a91f',
  BOA: '#3f9e6e',
  GBO: '#2a8fa6',
  SOCIAAL_HUIS: '#5b6fd1',
  ZORGZAME_BUURT: '#9b6bc0',
  OTHER: '#8a8f98',
};

export const SECTOR_COLOUR: Record<Sector, string> = {
  lokaal_bestuur: '#2f5d8a',
  ocmw: '#5b8fc7',
  caw: '#c4613a',
  ziekenfonds: '#2e9c8f',
  kinderopvang: '#e3a33b',
  boa: '#8bb443',
  jeugdhulp: '#d2697f',
  gezinsondersteuning: '#e58b62',
  handicap: '#7e6bc4',
  car: '#a35fb8',
  huisartsen: '#3a9bd9',
  thuiszorg: '#5cb8a6',
  geestelijke_gezondheid: '#b05a9e',
  onderwijs: '#bf9a1c',
  vrije_tijd: '#6aa84f',
  wonen: '#8d6e53',
  andere: '#9aa0a6',
};

/** Offers take the colour of the network type that directs their domain, so they match their regisseur. */
export const DOMAIN_COLOUR: Record<ServiceDomain, string> = {
  kinderopvang: NETWORK_TYPE_COLOUR.LOK,
  boa: NETWORK_TYPE_COLOUR.BOA,
  gezin: NETWORK_TYPE_COLOUR.HUIS_VAN_HET_KIND,
  jeugdhulp: SECTOR_COLOUR.jeugdhulp,
  handicap: SECTOR_COLOUR.handicap,
  onthaal: NETWORK_TYPE_COLOUR.GBO,
  eerstelijn: NETWORK_TYPE_COLOUR.ZORGRAAD,
};

export function nodeColour(node: GraphNode): string {
  switch (node.label) {
    case 'Network':
      return NETWORK_TYPE_COLOUR[node.properties.type];
    case 'Organisation':
      return SECTOR_COLOUR[node.properties.sector];
    case 'Offer':
      return DOMAIN_COLOUR[FUNCTION_DOMAIN[node.properties.function]];
    default:
      return LABEL_COLOUR[node.label];
  }
}

export interface EdgeStyle {
  colour: string;
  width: number;
  line: 'solid' | 'dashed' | 'dotted';
  arrow: boolean;
}

export const RELATIONSHIP_STYLE: Record<RelationshipType, EdgeStyle> = {
  IN_ZONE: { colour: '#9d86c2', width: 1.5, line: 'dotted', arrow: false },
  ADJACENT_TO: { colour: '#c9d1da', width: 1, line: 'dashed', arrow: false },
  COUNCIL_OF: { colour: '#b5485d', width: 2.5, line: 'solid', arrow: true },
  COVERS: { colour: '#a9bccf', width: 1, line: 'solid', arrow: false },
  DIRECTS: { colour: '#2f5d8a', width: 2.5, line: 'solid', arrow: true },
  MEMBER_OF: { colour: '#8f99a5', width: 1.2, line: 'solid', arrow: true },
  OPERATES: { colour: '#5b8fc7', width: 1.8, line: 'solid', arrow: true },
  PROVIDES: { colour: '#c3c9d0', width: 1, line: 'solid', arrow: false },
  LOCATED_IN: { colour: '#d3d8de', width: 1, line: 'solid', arrow: false },
  SERVES: { colour: '#d3d8de', width: 1, line: 'dashed', arrow: false },
  FUNDS: { colour: '#3f9e6e', width: 2, line: 'solid', arrow: true },
};

/**
 * Finding markers: the kind by colour and by line style (so it does not rest on colour alone), the
 * severity by border width. Shared by the graph overlay, its legend and the findings table.
 */
export const FINDING_KIND_STYLE: Record<FindingKind, { colour: string; line: 'solid' | 'dotted' | 'dashed' | 'double' }> = {
  gap: { colour: '#d62839', line: 'solid' },
  overlap: { colour: '#e67700', line: 'dotted' },
  conflict: { colour: '#7b2cbf', line: 'double' },
  boundary: { colour: '#0f8b8d', line: 'dashed' },
};

export const SEVERITY_BORDER_WIDTH: Record<Severity, number> = { high: 7, medium: 5, low: 3 };

export const SEVERITY_COLOUR: Record<Severity, { background: string; text: string }> = {
  high: { background: '#b3261e', text: '#ffffff' },
  medium: { background: '#f4b740', text: '#3b2a00' },
  low: { background: '#dfe6ee', text: '#33414f' },
};
