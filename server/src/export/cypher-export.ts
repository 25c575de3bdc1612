// The Cypher export: a script that recreates the graph in an empty Neo4j 5 database, run with cypher-shell
// or pasted into Neo4j Browser. It writes what the Neo4j store itself writes (the KnooppuntNode label, the
// internal `id` and `searchName` properties, the dataset marker), so a Knooppunt server pointed at that
// database answers as the store the export came from: same counts, content hash and findings.
import type { GraphNode, Relationship } from '../domain/graph';
import type { ExportMetadata } from '../domain/graph-document';
import { cypherTemplate } from '../neo4j-model/cypher-library';
import { storedNodeProperties, storedRelationshipProperties, type StoredValue } from '../neo4j-model/stored-properties';
import { cypherName, cypherString } from './cypher-literal';
import type { GraphWriter } from './graph-writer';
import { metadataValues } from './metadata-fields';
import { nodeProperties, relationshipProperties, type PropertyValue } from './model-properties';
import { PACKED_FIELD_SEPARATOR, PACKED_ROW_SEPARATOR, packRows } from './packed-rows';

/**
 * Rows per statement: big enough to be quick, small enough for Neo4j Browser to stay responsive. The rows
 * travel packed in one string (packed-rows.ts), since Neo4j parses literal-heavy statements slowly.
 */
export const CYPHER_BATCH_SIZE = 500;

/** `id` first, then the domain properties in model order, then what else the store keeps (searchName). */
function storeOrder(id: string, domain: readonly [string, PropertyValue][], stored: Record<string, StoredValue>): [string, StoredValue][] {
  const named = new Set(['id', ...domain.map(([name]) => name)]);
  return [['id', id], ...domain, ...Object.entries(stored).filter(([name]) => !named.has(name))];
}

type Row = readonly (readonly [string, StoredValue])[];

/** The endpoints travel in the row beside the properties, under names no property can have. */
const FROM = '(from)';
const TO = '(to)';

function nodeRow(node: GraphNode): Row {
  return storeOrder(node.id, nodeProperties(node), storedNodeProperties(node));
}

function relationshipRow(relationship: Relationship): Row {
  return [[FROM, relationship.from], [TO, relationship.to], ...storeOrder(relationship.id, relationshipProperties(relationship), storedRelationshipProperties(relationship))];
}

const assignments = (variable: string, columns: readonly string[], decoders: readonly string[]) =>
  columns.map((column, index) => `${variable}.${cypherName(column)} = ${decoders[index]}`).join(',\n    ');

const PACKING = { rowSeparator: PACKED_ROW_SEPARATOR, fieldSeparator: PACKED_FIELD_SEPARATOR };

// The statements' shapes live in cypher/export/script/; here only their holes are filled.
function nodeStatement(label: string, rows: readonly Row[]): string {
  const { columns, literal, decoders } = packRows(rows);
  const statement = cypherTemplate('export/script/nodes', { ...PACKING, rows: literal, label: cypherName(label), properties: assignments('n', columns, decoders) });
  return `// ${label} nodes: ${rows.length}; fields: ${columns.join(', ')}\n${statement};\n\n`;
}

function relationshipStatement(type: string, rows: readonly Row[]): string {
  const { columns, literal, decoders } = packRows(rows);
  // Every row starts with its two endpoints (relationshipRow), so they are always the first two columns.
  const properties = columns.slice(2);
  const statement = cypherTemplate('export/script/relationships', {
    ...PACKING,
    rows: literal,
    from: decoders[0] as string,
    to: decoders[1] as string,
    type: cypherName(type),
    properties: assignments('r', properties, decoders.slice(2)),
  });
  return `// ${type} relationships: ${rows.length}; fields: from, to, ${properties.join(', ')}\n${statement};\n\n`;
}

/** A comment line holds one line: any line break in a value becomes a space. */
const commentText = (value: string | number) => String(value).replace(/[\r\n\u2028\u2029]/g, ' ');

function header(metadata: ExportMetadata, schema: string): string {
  const fields = metadataValues(metadata).map(({ field, value }) => `// ${field.name}: ${commentText(value)}\n`);
  return (
    '// Knooppunt graph export: recreates this graph in an EMPTY Neo4j 5 database.\n' +
    '// Run it with `cypher-shell -f <this file>`, or paste it into Neo4j Browser.\n' +
    '// A Knooppunt server with NEO4J_URI set to that database then answers as the one it was exported from.\n' +
    '//\n' +
    fields.join('') +
    '\n// The schema Knooppunt uses (cypher/schema/).\n' +
    `${schema.trim()}\n` +
    'CALL db.awaitIndexes(300);\n\n'
  );
}

/**
 * The dataset marker a Knooppunt server adopts at start (cypher/generations/adopt-marker.cypher). Dated
 * by the export rather than by the run, so running the script twice gives the same database.
 */
function datasetMarker(metadata: ExportMetadata): string {
  const manifest = metadata.manifest === undefined ? '' : `,\n    d.manifest = ${cypherString(JSON.stringify(metadata.manifest))}`;
  const statement = cypherTemplate('export/script/dataset-marker', { importedAt: cypherString(metadata.exportedAt), manifest });
  return `// The dataset marker, which a Knooppunt server adopts at start (cypher/generations/adopt-marker.cypher), so it reports this dataset.\n${statement};\n`;
}

/** Consecutive rows of one label or type, cut into statements of CYPHER_BATCH_SIZE rows. */
class Batches {
  private key: string | undefined;
  private rows: Row[] = [];
  private readonly statement: (key: string, rows: readonly Row[]) => string;

  constructor(statement: (key: string, rows: readonly Row[]) => string) {
    this.statement = statement;
  }

  /** Adds a row; returns the statement it completed, if any. */
  add(key: string, row: Row): string {
    const done = key !== this.key || this.rows.length === CYPHER_BATCH_SIZE ? this.flush() : '';
    this.key = key;
    this.rows.push(row);
    return done;
  }

  flush(): string {
    if (this.key === undefined || this.rows.length === 0) return '';
    const text = this.statement(this.key, this.rows);
    this.rows = [];
    return text;
  }
}

/** `schema`: the text of Knooppunt's schema files, statements ending in `;`, comments kept. */
export function cypherWriter(schema: string): GraphWriter {
  return async function* writeCypher(pages, metadata) {
    yield header(metadata, schema);
    const nodes = new Batches(nodeStatement);
    const relationships = new Batches(relationshipStatement);
    let inRelationships = false;
    for await (const page of pages) {
      let text = '';
      if (page.kind === 'nodes') {
        for (const node of page.nodes) text += nodes.add(node.label, nodeRow(node));
      } else {
        if (!inRelationships) {
          text += nodes.flush();
          inRelationships = true;
        }
        for (const relationship of page.relationships) text += relationships.add(relationship.type, relationshipRow(relationship));
      }
      if (text !== '') yield text;
    }
    yield `${nodes.flush()}${relationships.flush()}${datasetMarker(metadata)}`;
  };
}
