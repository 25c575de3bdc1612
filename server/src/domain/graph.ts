// The property graph of docs/graph-model.md as plain values: what both stores hold and the API returns. Its
// shapes are defined once, as zod schemas, in graph.schema.ts.
import type { GraphNode } from './graph.schema';

export type {
  FundingProperties,
  GraphNode,
  MembershipProperties,
  MunicipalityProperties,
  NetworkProperties,
  OfferProperties,
  OrganisationProperties,
  Relationship,
  Subgraph,
  ZoneProperties,
} from './graph.schema';

export type NodeOfLabel<L extends GraphNode['label']> = Extract<GraphNode, { label: L }>;

/** The display name of any node: offers may lack a name, so they fall back to their function. */
export function nodeName(node: GraphNode): string {
  if (node.label === 'Offer') return node.properties.name ?? node.properties.function;
  return node.properties.name;
}
