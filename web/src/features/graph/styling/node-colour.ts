// Data-driven node colour: every node coloured by one thing (its label, sector, zone or worst finding's
// severity), with the classes the legend lists. Pure: the canvas and the legend read the same answer.
import { SEVERITIES, type Severity } from '@knooppunt/server/domain/findings';
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { homeMunicipalities } from '@knooppunt/server/graph/lod/home-municipality';
import { FUNCTION_DOMAIN, NODE_LABELS, SECTORS, type NodeLabel, type Sector } from '@knooppunt/server/domain/vocabulary';
import { schemeTableau10 } from 'd3-scale-chromatic';
import type { ColourMeasure } from '../../../lib/explorer-state';
import { DOMAIN_COLOUR, LABEL_COLOUR, SECTOR_COLOUR, SEVERITY_COLOUR } from '../../../lib/palette';
import type { GroupNodeData } from '../lod/sector-groups';

/** Nodes the measure says nothing about (an offer has no sector, a node no finding): light, so the rest stand out. */
export const NONE_COLOUR = '#c4c9cf';
const NONE = 'none';

/** Red to yellow: the worst stands out most. Low is a warm yellow rather than the badge's grey, so it reads as a finding. */
export const SEVERITY_NODE_COLOUR: Record<Severity, string> = {
  high: SEVERITY_COLOUR.high.background,
  medium: '#e8590c',
  low: '#f2c94c',
};

export interface ColourClass {
  /** The label, sector, zone id or severity; `none` for nodes without one. */
  key: string;
  name: string;
  colour: string;
  /** Nodes of the view in the class. */
  count: number;
}

export interface NodeColouring {
  /** Node id → colour, for every node of the subgraph. */
  colours: Map<string, string>;
  /** The classes present, in the legend's order; `none` last. */
  classes: ColourClass[];
}

/** Display names, in the reader's language. */
export interface ColourNames {
  label: Record<NodeLabel, string>;
  sector: Record<Sector, string>;
  severity: Record<Severity, string>;
  /** The `none` class per measure ("geen sector", "geen bevinding", "in geen zone"). */
  none: Record<Exclude<ColourMeasure, 'standard' | 'type'>, string>;
}

export interface ColouringInput {
  subgraph: Subgraph;
  measure: ColourMeasure;
  /** A node's worst finding's severity (the findings overlay's markers). */
  severities: ReadonlyMap<string, Severity>;
  /** The zone the view is about: its municipalities take it when they lie in several. */
  focusZoneId: string | undefined;
  names: ColourNames;
}

/** Each municipality's zone (the focus zone first, else the smallest id), then every other node's by its home municipality. */
export function nodeZones(subgraph: Subgraph, focusZoneId: string | undefined): Map<string, string> {
  const zones = new Map<string, string>();
  for (const node of subgraph.nodes) if (node.label === 'Zone') zones.set(node.id, node.id);
  for (const rel of subgraph.relationships) {
    if (rel.type !== 'IN_ZONE') continue;
    const current = zones.get(rel.from);
    if (current === focusZoneId && current !== undefined) continue;
    if (rel.to === focusZoneId || current === undefined || rel.to < current) zones.set(rel.from, rel.to);
  }
  const homes = homeMunicipalities(subgraph.nodes, subgraph.relationships);
  for (const node of subgraph.nodes) {
    if (zones.has(node.id)) continue;
    const home = homes.get(node.id);
    const zone = home === undefined ? undefined : zones.get(home);
    if (zone !== undefined) zones.set(node.id, zone);
  }
  return zones;
}

interface Classed {
  /** Node id → class key. */
  keyOf: Map<string, string>;
  /** Class key → name and colour, in the legend's order. */
  classes: Map<string, { name: string; colour: string }>;
}

function classify(input: ColouringInput): Classed {
  const { subgraph, measure, names } = input;
  const keyOf = new Map<string, string>();
  const classes = new Map<string, { name: string; colour: string }>();
  switch (measure) {
    case 'standard':
    case 'type':
      for (const node of subgraph.nodes) keyOf.set(node.id, node.label);
      for (const label of NODE_LABELS) classes.set(label, { name: names.label[label], colour: LABEL_COLOUR[label] });
      break;
    case 'sector':
      for (const node of subgraph.nodes) keyOf.set(node.id, node.label === 'Organisation' ? node.properties.sector : NONE);
      for (const sector of SECTORS) classes.set(sector, { name: names.sector[sector], colour: SECTOR_COLOUR[sector] });
      break;
    case 'severity':
      for (const node of subgraph.nodes) keyOf.set(node.id, input.severities.get(node.id) ?? NONE);
      for (const severity of SEVERITIES) classes.set(severity, { name: names.severity[severity], colour: SEVERITY_NODE_COLOUR[severity] });
      break;
    case 'zone': {
      const zones = nodeZones(subgraph, input.focusZoneId);
      for (const node of subgraph.nodes) keyOf.set(node.id, zones.get(node.id) ?? NONE);
      const zoneNames = new Map(subgraph.nodes.filter((node) => node.label === 'Zone').map((node) => [node.id, node.label === 'Zone' ? node.properties.name : node.id]));
      // The focus zone first, then by name; colours in that order, so the zone of the view is always the first colour.
      const present = [...new Set(zones.values())].sort((a, b) =>
        a === input.focusZoneId ? -1 : b === input.focusZoneId ? 1 : (zoneNames.get(a) ?? a).localeCompare(zoneNames.get(b) ?? b, 'nl'),
      );
      present.forEach((zone, index) => classes.set(zone, { name: zoneNames.get(zone) ?? zone, colour: schemeTableau10[index % schemeTableau10.length] ?? NONE_COLOUR }));
      break;
    }
  }
  if (measure !== 'standard' && measure !== 'type') classes.set(NONE, { name: names.none[measure], colour: NONE_COLOUR });
  return { keyOf, classes };
}

/** The colour of every node and the legend's classes with their counts; undefined for `standard` (the palette's own colours). */
export function nodeColouring(input: ColouringInput): NodeColouring | undefined {
  if (input.measure === 'standard') return undefined;
  const { keyOf, classes } = classify(input);
  const counts = new Map<string, number>();
  const colours = new Map<string, string>();
  for (const [id, key] of keyOf) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    colours.set(id, classes.get(key)?.colour ?? NONE_COLOUR);
  }
  const present = [...classes].filter(([key]) => (counts.get(key) ?? 0) > 0);
  return { colours, classes: present.map(([key, { name, colour }]) => ({ key, name, colour, count: counts.get(key) ?? 0 })) };
}

/**
 * A group's colour (lod/sector-groups.ts): its members share their sector (or their offers' function) and their
 * municipality, so the group takes the sector's (or the function's domain's) colour, or its municipality's zone's. Nodes with findings are never grouped while
 * colouring by severity (see GraphCanvas), so a group has none.
 */
export function groupColour(measure: ColourMeasure, colouring: NodeColouring, group: Pick<GroupNodeData, 'municipality' | 'sector' | 'function'>): string {
  switch (measure) {
    case 'standard':
      return group.function !== undefined ? DOMAIN_COLOUR[FUNCTION_DOMAIN[group.function]] : SECTOR_COLOUR[group.sector ?? 'andere'];
    case 'sector':
      // Offers have no sector: as each offer is coloured under this measure, so is their group.
      return group.function !== undefined ? NONE_COLOUR : SECTOR_COLOUR[group.sector ?? 'andere'];
    case 'type':
      return LABEL_COLOUR[group.function !== undefined ? 'Offer' : 'Organisation'];
    case 'zone':
      return colouring.colours.get(group.municipality) ?? NONE_COLOUR;
    case 'severity':
      return NONE_COLOUR;
  }
}
