// The CSV export: a zip of nodes.csv (id, label, then a column per node property of the graph model),
// relationships.csv (id, type, from, to, then a column per relationship property) and metadata.json,
// streamed through fflate's Zip as the pages arrive.
//
// Cells follow RFC 4180 (comma, double quotes, CRLF) and are formula-safe (domain/csv-cell.ts). Each
// CSV starts with a UTF-8 byte order mark: Excel opens a CSV by double-click as the system's ANSI code
// page unless a BOM says UTF-8, and would garble accented names (Dal-Sint-Émile); LibreOffice detects
// the BOM too, and pandas, R's readr and Python's `utf-8-sig` skip it.
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { csvCell } from '../domain/csv-cell';
import type { GraphNode, Relationship } from '../domain/graph';
import { NODE_PROPERTY_COLUMNS, RELATIONSHIP_PROPERTY_COLUMNS } from '../domain/property-schema';
import type { GraphWriter } from './graph-writer';
import { nodeProperties, relationshipProperties, type PropertyValue } from './model-properties';

const BOM = '\uFEFF';
const NODE_HEADER = ['id', 'label', ...NODE_PROPERTY_COLUMNS.map((column) => column.name)];
const RELATIONSHIP_HEADER = ['id', 'type', 'from', 'to', ...RELATIONSHIP_PROPERTY_COLUMNS.map((column) => column.name)];

function row(cells: readonly (PropertyValue | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

function nodeRow(node: GraphNode): string {
  const properties = new Map(nodeProperties(node));
  return row([node.id, node.label, ...NODE_PROPERTY_COLUMNS.map((column) => properties.get(column.name))]);
}

function relationshipRow(relationship: Relationship): string {
  const properties = new Map(relationshipProperties(relationship));
  const { id, type, from, to } = relationship;
  return row([id, type, from, to, ...RELATIONSHIP_PROPERTY_COLUMNS.map((column) => properties.get(column.name))]);
}

export const writeCsvZip: GraphWriter = async function* (pages, metadata) {
  const output: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else output.push(chunk);
  });
  /** Everything the zip has made so far; fflate's ZipDeflate works synchronously, so after a push it is all there. */
  function* flush(): Generator<Uint8Array> {
    if (failure) throw failure;
    yield* output.splice(0);
  }
  const entry = (name: string): ZipDeflate => {
    const file = new ZipDeflate(name, { level: 6 });
    // Dated by the export, not by the clock, so the same export metadata gives the same bytes.
    file.mtime = metadata.exportedAt;
    zip.add(file);
    return file;
  };

  entry('metadata.json').push(strToU8(`${JSON.stringify(metadata, null, 2)}\n`), true);
  // Files are added one after the other: fflate holds back a later file's bytes until the earlier one ends.
  const nodes = entry('nodes.csv');
  nodes.push(strToU8(BOM + row(NODE_HEADER)));
  yield* flush();
  let relationships: ZipDeflate | undefined;
  for await (const page of pages) {
    if (page.kind === 'nodes') {
      nodes.push(strToU8(page.nodes.map(nodeRow).join('')));
    } else {
      if (relationships === undefined) {
        nodes.push(new Uint8Array(0), true);
        relationships = entry('relationships.csv');
        relationships.push(strToU8(BOM + row(RELATIONSHIP_HEADER)));
      }
      relationships.push(strToU8(page.relationships.map(relationshipRow).join('')));
    }
    yield* flush();
  }
  if (relationships === undefined) {
    nodes.push(new Uint8Array(0), true);
    entry('relationships.csv').push(strToU8(BOM + row(RELATIONSHIP_HEADER)), true);
  } else {
    relationships.push(new Uint8Array(0), true);
  }
  zip.end();
  yield* flush();
};
