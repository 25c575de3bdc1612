// What checking every Neo4j record against its query's declared row costs (server/src/store/neo4j/queries/):
// the rows a Flanders-scale (or ten-fold) graph gives the export pages, the content hash and the rules, built
// as the driver hands them over (Record objects holding plain maps), read the way the store read them before
// (toObject or record.get with casts, then the same domain conversion) and through mapRecord, alternately, in
// one run. No Neo4j: the Bolt decoding both share is left out, so the ratio is the mapper's cost at its most
// visible.
// Run: pnpm bench records [--scale flanders|tenfold] [--runs 9]
import { parseArgs } from 'node:util';
import { generateDataset, type GeneratorScale } from '@knooppunt/fixtures/generate/generate-dataset';
import type { Severity } from '@knooppunt/server/domain/findings';
import { datasetToGraph } from '@knooppunt/server/graph/dataset-to-graph';
import { storedNodeProperties, storedRelationshipProperties } from '@knooppunt/server/neo4j-model/stored-properties';
import { toGraphNode, toRelationship, type NodeRecord, type RelationshipRecord } from '@knooppunt/server/store/neo4j/neo4j-records';
import { mapRecord, type CypherQuery } from '@knooppunt/server/store/neo4j/queries/cypher-query';
import { findingQuery } from '@knooppunt/server/store/neo4j/queries/finding-queries';
import { graphQueries } from '@knooppunt/server/store/neo4j/queries/graph-queries';
import { Record as Neo4jRecord } from 'neo4j-driver';
import { percentile, printTable } from './support';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'flanders' }, runs: { type: 'string', default: '9' } } });
const runs = Number(values.runs);
const content = datasetToGraph(generateDataset({ seed: 42, scale: values.scale as GeneratorScale }));

const record = (fields: Record<string, unknown>) => new Neo4jRecord(Object.keys(fields), Object.values(fields));
const nodeMaps = content.nodes.map((node) => ({
  id: node.id,
  labels: ['KnooppuntNode', node.label],
  properties: { ...storedNodeProperties(node), generation: '20261207T000000000Z-0123456789ab' },
}));
const relationshipMaps = content.relationships.map((r) => ({ id: r.id, type: r.type, from: r.from, to: r.to, properties: storedRelationshipProperties(r) }));
const nodeRecords = nodeMaps.map(record);
const relationshipRecords = relationshipMaps.map(record);
const allContent = [record({ nodes: nodeMaps, relationships: relationshipMaps })];
// One detection row per node, shaped as the rules return them.
const severities: Severity[] = ['low', 'medium', 'high'];
const detectionRecords = content.nodes.map((node, index) =>
  record({ subject: node.id, key: '', severity: severities[index % 3]!, related: ['zone:a', 'zone:b'], evidence: { zones: ['zone:a', 'zone:b'], networkCount: 4 } }),
);

interface Case {
  name: string;
  records: Neo4jRecord[];
  byHand: (record: Neo4jRecord) => unknown;
  query: CypherQuery<unknown>;
}

const cases: Case[] = [
  { name: 'export/nodes (a page row per node)', records: nodeRecords, byHand: (r) => toGraphNode(r.toObject() as NodeRecord), query: graphQueries.exportNodes },
  {
    name: 'export/relationships',
    records: relationshipRecords,
    byHand: (r) => toRelationship(r.toObject() as RelationshipRecord),
    query: graphQueries.exportRelationships,
  },
  {
    name: 'queries/all-content (one row, every node and relationship)',
    records: allContent,
    byHand: (r) => ({ nodes: (r.get('nodes') as NodeRecord[]).map(toGraphNode), relationships: (r.get('relationships') as RelationshipRecord[]).map(toRelationship) }),
    query: graphQueries.allContent,
  },
  {
    name: 'findings/* (a detection per row)',
    records: detectionRecords,
    byHand: (r) => ({
      subject: r.get('subject') as string,
      key: r.get('key') as string,
      severity: r.get('severity') as Severity,
      related: r.get('related') as string[],
      evidence: r.get('evidence') as Record<string, unknown>,
    }),
    query: findingQuery('OVERLAP_MULTIPLE_ZONES'),
  },
];

function timeOnce(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

const rows: Record<string, string | number>[] = [];
for (const { name, records, byHand, query } of cases) {
  const hand: number[] = [];
  const mapped: number[] = [];
  // Alternated, so a busy moment on a shared machine falls on both; the first round warms the JIT and is dropped.
  for (let run = 0; run <= runs; run += 1) {
    const a = timeOnce(() => records.map(byHand));
    const b = timeOnce(() => records.map((r, index) => mapRecord(query, r, index)));
    if (run > 0) {
      hand.push(a);
      mapped.push(b);
    }
  }
  hand.sort((a, b) => a - b);
  mapped.sort((a, b) => a - b);
  const items = records.length === 1 ? nodeMaps.length + relationshipMaps.length : records.length;
  const handMs = percentile(hand, 0.5);
  const mappedMs = percentile(mapped, 0.5);
  rows.push({
    query: name,
    items,
    'by hand, median ms': Number(handMs.toFixed(1)),
    'mapRecord, median ms': Number(mappedMs.toFixed(1)),
    'µs per item, mapRecord': Number(((mappedMs * 1000) / items).toFixed(2)),
    ratio: Number((mappedMs / handMs).toFixed(2)),
  });
}
console.log(`dataset: ${values.scale}, seed 42: ${content.nodes.length} nodes, ${content.relationships.length} relationships; ${runs} runs each, alternated`);
printTable('mapping records: by hand (casts) vs checked by the declared row (mapRecord)', rows);
