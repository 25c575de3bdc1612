// The rows of the read queries (cypher/queries/) and of the graph export (cypher/export/), declared once.
import { z } from 'zod';
import { NETWORK_TYPES, NODE_LABELS, RELATIONSHIP_TYPES } from '../../../domain/vocabulary';
import { toGraphNode, toNodeSummary, toRelationship } from '../neo4j-records';
import { defineQuery } from './cypher-query';
import { integer, nodeFields, nodeMap, relationshipFields, relationshipMap, texts } from './neo4j-values';

const ids = { ids: texts };
const content = { nodes: z.array(nodeMap), relationships: z.array(relationshipMap) };
const toContent = (row: z.output<z.ZodObject<typeof content>>) => ({ nodes: row.nodes.map(toGraphNode), relationships: row.relationships.map(toRelationship) });

export const graphQueries = {
  /** Every node and relationship of a generation, for the content hash. */
  allContent: defineQuery('queries/all-content', content, toContent),
  /** Nodes per label and relationships per type; the labels and types the counts leave out are zero. */
  counts: defineQuery('queries/counts', {
    nodesByLabel: z.partialRecord(z.enum(NODE_LABELS), integer),
    relationshipsByType: z.partialRecord(z.enum(RELATIONSHIP_TYPES), integer),
  }),
  coverage: defineQuery('queries/coverage', {
    id: z.string(),
    name: z.string(),
    nis: z.string(),
    children0to3: integer.nullable(),
    zones: texts,
    networks: z.array(z.object({ id: z.string(), type: z.enum(NETWORK_TYPES), name: z.string() })),
    localFunctions: texts,
    neighbourFunctions: texts,
    /** Offers' capacities summed: not always whole (a capacity may be a fraction of a place). */
    childcarePlaces: z.number(),
  }),
  municipalityMembers: defineQuery('queries/municipality-members', ids),
  neighbours: defineQuery('queries/neighbours', ids),
  nodeDetail: defineQuery(
    'queries/node-detail',
    {
      node: nodeMap,
      relationships: z.array(z.object({ relationship: relationshipMap, direction: z.enum(['out', 'in']), other: nodeMap })),
      zones: z.array(nodeMap),
    },
    (row) => ({
      node: toGraphNode(row.node),
      relationships: row.relationships.map((entry) => ({ relationship: toRelationship(entry.relationship), direction: entry.direction, other: toNodeSummary(entry.other) })),
      zones: row.zones.map(toNodeSummary),
    }),
  ),
  nodeExists: defineQuery('queries/node-exists', { id: z.string() }),
  nodeNames: defineQuery('queries/node-names', { id: z.string(), name: z.string() }),
  nodeReach: defineQuery('queries/node-reach', { id: z.string(), municipalities: z.array(z.object({ id: z.string(), name: z.string(), zones: texts })) }),
  search: defineQuery('queries/search', {
    id: z.string(),
    /** The node's label besides KnooppuntNode. */
    label: z.enum(NODE_LABELS),
    /** Stored for every node with a name; a node without one is matched as having an empty name. */
    searchName: z.string().nullable(),
    name: z.string(),
    /** Municipalities only. */
    nis: z.string().nullable(),
    zones: texts,
  }),
  subgraph: defineQuery('queries/subgraph', content, toContent),
  zoneMembers: defineQuery('queries/zone-members', ids),
  zoneName: defineQuery('queries/zone-name', { name: z.string() }),
  zones: defineQuery('queries/zones', { id: z.string(), name: z.string(), municipalityCount: integer, hasZorgraad: z.boolean() }),
  /** The export's pages: a node or a relationship per row, its fields the columns. */
  exportNodes: defineQuery('export/nodes', nodeFields, toGraphNode),
  exportRelationships: defineQuery('export/relationships', relationshipFields, toRelationship),
};
