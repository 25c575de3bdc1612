// The detail level of the whole-graph view: zone graphs drawn around the municipality aggregates already
// on the canvas, every node near its municipalities (the geographic layout), no layout run. Plain records
// for the detail layer (detail-layer/), which draws them itself rather than as Cytoscape elements.
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { nodeName } from '@knooppunt/server/domain/graph';
import type { NodeLabel } from '@knooppunt/server/domain/vocabulary';
import { LABEL_SHAPE, nodeColour, RELATIONSHIP_STYLE } from '../../../lib/palette';
import { geographicPositions } from '../geographic-layout';

/** Municipalities and zones are on the canvas already, as aggregates; the detail hangs off them. */
const AGGREGATED = new Set(['Municipality', 'Zone']);
/**
 * Where an offer is located is where it is drawn (beside its municipality), so that edge says nothing more
 * at this level; leaving it out spares a sixth of a province's elements. A zone's own view draws it.
 */
const SHOWN_BY_PLACE = new Set(['LOCATED_IN']);
const CAPTION_LENGTH = 28;
/** Diameters in model units, as the Cytoscape stylesheet had them: networks stand out, offers recede. */
const NODE_SIZE: Partial<Record<NodeLabel, number>> = { Network: 22, Offer: 8 };
const DEFAULT_NODE_SIZE = 14;

export type DetailShape = (typeof LABEL_SHAPE)[NodeLabel];

export interface DetailNode {
  id: string;
  label: NodeLabel;
  caption: string;
  colour: string;
  shape: DetailShape;
  size: number;
  x: number;
  y: number;
}

export interface DetailEdge {
  id: string;
  source: string;
  target: string;
  colour: string;
}

export interface DetailBatch {
  nodes: DetailNode[];
  edges: DetailEdge[];
}

/**
 * Records for the nodes and relationships of `subgraphs` not yet drawn (`present`: on the detail layer already, or a Cytoscape aggregate), positioned
 * around the municipalities' centroids (every relationship counts for the placing). Relationships to zones
 * (membership, the zorgraad's zone) are left out: at this level the zone is where things are, not a node to
 * link to; so is where an offer is located (SHOWN_BY_PLACE).
 */
export function detailElements(
  subgraphs: readonly Subgraph[],
  centroids: ReadonlyMap<string, { lon: number; lat: number }>,
  present: (id: string) => boolean,
): DetailBatch {
  const nodes = new Map<string, Subgraph['nodes'][number]>();
  const relationships = new Map<string, Subgraph['relationships'][number]>();
  for (const subgraph of subgraphs) {
    for (const node of subgraph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const rel of subgraph.relationships) if (!relationships.has(rel.id)) relationships.set(rel.id, rel);
  }
  const linkable = (id: string) => {
    const node = nodes.get(id);
    return node !== undefined && node.label !== 'Zone';
  };
  const edges = [...relationships.values()].filter((rel) => linkable(rel.from) && linkable(rel.to));
  const drawnEdges = edges.filter((rel) => !SHOWN_BY_PLACE.has(rel.type));
  const positions = geographicPositions(
    [...nodes.values()].map((node) => ({ id: node.id, label: node.label })),
    edges.map((rel) => ({ source: rel.from, target: rel.to })),
    centroids,
  );
  const batch: DetailBatch = { nodes: [], edges: [] };
  const added = new Set<string>();
  for (const node of nodes.values()) {
    if (AGGREGATED.has(node.label) || present(node.id)) continue;
    added.add(node.id);
    const name = nodeName(node);
    const { x, y } = positions.get(node.id) ?? { x: 0, y: 0 };
    batch.nodes.push({
      id: node.id,
      label: node.label,
      caption: name.length <= CAPTION_LENGTH ? name : `${name.slice(0, CAPTION_LENGTH - 1)}…`,
      colour: nodeColour(node),
      shape: LABEL_SHAPE[node.label],
      size: NODE_SIZE[node.label] ?? DEFAULT_NODE_SIZE,
      x,
      y,
    });
  }
  // An edge needs both ends drawn: a municipality without a known place has no aggregate to hang off.
  const drawn = (id: string) => added.has(id) || present(id);
  for (const rel of drawnEdges) {
    if (present(rel.id) || !drawn(rel.from) || !drawn(rel.to)) continue;
    if (AGGREGATED.has(nodes.get(rel.from)?.label ?? '') && AGGREGATED.has(nodes.get(rel.to)?.label ?? '')) continue;
    batch.edges.push({ id: rel.id, source: rel.from, target: rel.to, colour: RELATIONSHIP_STYLE[rel.type].colour });
  }
  return batch;
}
