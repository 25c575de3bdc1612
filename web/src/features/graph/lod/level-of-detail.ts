// Decides what a view draws as groups: big views collapse each municipality's organisations per sector,
// and the offers left over per municipality and function, and draw one line per pair of nodes.
import { homeMunicipalities } from '@knooppunt/server/graph/lod/home-municipality';
import type { Subgraph } from '@knooppunt/server/domain/graph';
import type { ElementDefinition } from 'cytoscape';
import { DOMAIN_COLOUR, SECTOR_COLOUR } from '../../../lib/palette';
import { FUNCTION_DOMAIN } from '@knooppunt/server/domain/vocabulary';
import { mergeParallelEdges } from './parallel-edges';
import { collapseGroups, isOfferGroup, offerGroups, sectorGroups, type NodeGroup } from './sector-groups';

/**
 * Views up to this many nodes are drawn whole: a zone such as Midden-West-Vlaanderen (about 160 nodes)
 * reads fine as it is, while Bruzel with its offers (1,140) is a hairball until grouped.
 */
export const GROUPING_THRESHOLD = 400;
export const MIN_GROUP_SIZE = 3;

export interface LevelOfDetailInput {
  subgraph: Subgraph;
  elements: ElementDefinition[];
  /** Groups someone opened. */
  open: ReadonlySet<string>;
  /** Nodes that must stay themselves: the selection, a finding's subject and related nodes. */
  keep: ReadonlySet<string>;
  describe: (group: NodeGroup, municipalityName: string) => { name: string; caption: string; kind: string };
}

export function levelOfDetail(input: LevelOfDetailInput): ElementDefinition[] {
  const { subgraph, elements } = input;
  if (subgraph.nodes.length <= GROUPING_THRESHOLD) return elements;
  const homes = homeMunicipalities(subgraph.nodes, subgraph.relationships);
  const options = { open: input.open, keep: input.keep, minSize: MIN_GROUP_SIZE };
  const sectors = sectorGroups(subgraph, homes, options);
  const offers = offerGroups(subgraph, new Set(sectors.flatMap((group) => group.offers)), options);
  const names = new Map(subgraph.nodes.map((node) => [node.id, node.label === 'Offer' ? node.id : node.properties.name]));
  const collapsed = collapseGroups(elements, [...sectors, ...offers], (group) => ({
    ...input.describe(group, names.get(group.municipality) ?? group.municipality),
    colour: isOfferGroup(group) ? DOMAIN_COLOUR[FUNCTION_DOMAIN[group.function]] : SECTOR_COLOUR[group.sector],
  }));
  return mergeParallelEdges(collapsed);
}
