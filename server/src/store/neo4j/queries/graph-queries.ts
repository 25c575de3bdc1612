// The rows of the read queries (cypher/queries/) and of the graph export (cypher/export/), declared once.
import { z } from 'zod';
import { NETWORK_TYPES, NODE_LABELS, RELATIONSHIP_TYPES } from '../../../domain/vocabulary';
import { defineQuery } from './cypher-query';
import { graphNode, graphRelationship, integer, nodeSummary, texts } from './neo4j-values';

const ids = z.strictObject({ ids: texts });

export const graphQueries = {
  /** Every node and relationship of a generation, for the content hash. */
  allContent: defineQuery('queries/all-content', z.strictObject({ nodes: z.array(graphNode), relationships: z.array(graphRelationship) })),
  /** Nodes per label and relationships per type; the labels and types the counts leave out are zero. */
  counts: defineQuery(
    'queries/counts',
    z.strictObject({ nodesByLabel: z.partialRecord(z.enum(NODE_LABELS), integer), relationshipsByType: z.partialRecord(z.enum(RELATIONSHIP_TYPES), integer) }),
  ),
  coverage: defineQuery(
    'queries/coverage',
    z.strictObject({
      id: z.string(),
      name: z.string(),
      nis: z.string(),
      children0to3: integer.nullable(),
      zones: texts,
      networks: z.array(z.strictObject({ id: z.string(), type: z.enum(NETWORK_TYPES), name: z.string() })),
      localFunctions: texts,
      neighbourFunctions: texts,
      /** Offers' capacities summed: not always whole (a capacity may be a fraction of a place). */
      childcarePlaces: z.number(),
    }),
  ),
  municipalityMembers: defineQuery('queries/municipality-members', ids),
  neighbours: defineQuery('queries/neighbours', ids),
  nodeDetail: defineQuery(
    'queries/node-detail',
    z.strictObject({
      node: graphNode,
      relationships: z.array(z.strictObject({ relationship: graphRelationship, direction: z.enum(['out', 'in']), other: nodeSummary })),
      zones: z.array(nodeSummary),
    }),
  ),
  nodeExists: defineQuery('queries/node-exists', z.strictObject({ id: z.string() })),
  nodeNames: defineQuery('queries/node-names', z.strictObject({ id: z.string(), name: z.string() })),
  nodeReach: defineQuery(
    'queries/node-reach',
    z.strictObject({ id: z.string(), municipalities: z.array(z.strictObject({ id: z.string(), name: z.string(), zones: texts })) }),
  ),
  search: defineQuery(
    'queries/search',
    z.strictObject({
      id: z.string(),
      label: z.enum(NODE_LABELS),
      /** Null only for a municipality found by NIS in data written without search names. */
      searchName: z.string().nullable(),
      name: z.string(),
      nis: z.string().nullable(),
      zones: texts,
    }),
  ),
  subgraph: defineQuery('queries/subgraph', z.strictObject({ nodes: z.array(graphNode), relationships: z.array(graphRelationship) })),
  zoneMembers: defineQuery('queries/zone-members', ids),
  zoneName: defineQuery('queries/zone-name', z.strictObject({ name: z.string() })),
  zones: defineQuery('queries/zones', z.strictObject({ id: z.string(), name: z.string(), municipalityCount: integer, hasZorgraad: z.boolean() })),
  /** The export's pages, one node or relationship per row, the rows themselves the maps. */
  exportNodes: defineQuery('export/nodes', graphNode),
  exportRelationships: defineQuery('export/relationships', graphRelationship),
};
