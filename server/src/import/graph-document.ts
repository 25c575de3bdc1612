// Knooppunt's own JSON export read back as a dataset (docs/import-format.md), so an export or a snapshot can be
// loaded again. Each node and relationship is checked against the document's zod schemas
// (domain/graph-document-import.schema.ts, which word the errors) one element at a time, so every error
// gets its element's line and a bad element costs only its own few issues. The elements then become rows
// of the import format's tables (graph-document-tables.ts), and the very same cell rules and cross-file
// checks as for CSV run; each row knows where its cells came from (ParsedTable.locate), so their errors
// name the document's line and field path when they are made, for example
// `export.json:12: nodes[3].attributes.sector: unknown sector "x"`.
import type { z } from 'zod';
import { DATASET_TABLES, type Dataset, type DatasetManifest, type DatasetTable } from '../domain/dataset';
import {
  graphDocumentMarkerSchema,
  importedDocumentHeaderSchema,
  importedEdgeSchema,
  importedNodeSchema,
  type ImportedEdge,
  type ImportedNode,
} from '../domain/graph-document-import.schema';
import { bareId, canonicalPair, fundingDiscriminator, ID_PREFIX, labelOfId, relationshipId } from '../domain/ids';
import type { ImportError } from '../domain/import-error';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../domain/vocabulary';
import { finishDataset } from './finish-dataset';
import { NODE_TABLES, RELATIONSHIP_TABLES, type OwnedSpec } from './graph-document-tables';
import type { JsonOutline } from './json-outline';
import { isJsonObject } from './json-table';
import type { ParseOptions } from './parse-options';
import { columnNames, emptyTables, RowReader, type ParsedTables } from './rows';
import { fieldIssues, fieldPath, schemaIssues, type FieldIssue } from './schema-issues';
import { TABLE_COLUMNS, type ColumnSpec } from './tables';

/** A place in the document: the line where the element starts and the path of the field. */
interface Place {
  line: number;
  path: string;
}

/** A cell for the row reader; text undefined means its problem was already reported, so it is skipped. */
interface Cell {
  text: string | undefined;
  place: Place;
}

interface DocumentNode {
  key: string;
  label: NodeLabel;
  place: Place;
  attributes: ImportedNode['attributes'];
  /** Attributes whose values the schema refused (reported already). */
  refused: ReadonlySet<string>;
  /** The columns its row takes from relationships (OPERATES, PROVIDES, …), filled while reading the edges. */
  owned: Map<string, Cell>;
}

/** Every key seen, with its node when the node can take part (a known label that matches the key). */
interface KeyEntry {
  place: Place;
  node: DocumentNode | undefined;
}

/** Where a row came from, so the row reader's and the integrity check's errors point into the document. */
interface RowOrigin {
  place: Place;
  cells: ReadonlyMap<string, Cell>;
}

const at = (place: Place, field: string): Place => ({ line: place.line, path: `${place.path}.${field}` });
const columnsOf = (table: DatasetTable): Readonly<Record<string, ColumnSpec<unknown>>> => TABLE_COLUMNS[table];

/** The relationships each label's rows define, with the column they fill. */
const OWNED_BY_LABEL = new Map<NodeLabel, { type: RelationshipType; spec: OwnedSpec }[]>(NODE_LABELS.map((label) => [label, []]));
for (const type of RELATIONSHIP_TYPES) {
  const spec = RELATIONSHIP_TABLES[type];
  if (spec.kind === 'owned') OWNED_BY_LABEL.get((spec.owner === 'from' ? spec.from : spec.to)[0] as NodeLabel)?.push({ type, spec });
}

/** A graph document says what it is in its graph attributes; a dataset document has tables there instead. */
export function isGraphDocument(document: Record<string, unknown>): boolean {
  return graphDocumentMarkerSchema.safeParse(document).success;
}

/** The dataset a graph document holds; throws a DatasetValidationError with `errors` and every error of its own. */
export function readGraphDocument(
  document: Record<string, unknown>,
  outline: JsonOutline,
  file: string,
  errors: ImportError[],
  options: ParseOptions,
): Dataset {
  const reader = new GraphDocumentReader(file, outline, errors);
  const header = reader.readHeader(document);
  const nodes = reader.readNodes(header.nodes);
  options.onProgress?.({ phase: 'parse', file, rows: nodes.size });
  const edgeCount = reader.readEdges(header.edges, nodes);
  options.onProgress?.({ phase: 'parse', file, rows: nodes.size + edgeCount });
  reader.addNodeRows(nodes);
  return finishDataset(reader.tables, header.manifest, errors, options);
}

/** Issues at these paths leave an element unusable; any other (an unknown field, a value of the wrong kind) only its field. */
const UNUSABLE_NODE = new Set(['', 'key', 'attributes', 'attributes.label']);
const UNUSABLE_EDGE = new Set(['', 'attributes', 'attributes.type']);

/** What a schema says of one element. */
interface Judgement {
  issues: readonly FieldIssue[];
  /** No issue at an `unusable` path: the element takes part. */
  usable: boolean;
  /** The attributes whose values the schema refused: reported with the issues, their cells are skipped. */
  refused: ReadonlySet<string>;
}

const ACCEPTED: Judgement = { issues: [], usable: true, refused: new Set() };

function judge(schema: z.ZodType, element: unknown, unusable: ReadonlySet<string>): Judgement {
  const found = schemaIssues(schema, element);
  if (found.length === 0) return ACCEPTED;
  const issues = fieldIssues(found);
  let usable = true;
  const refused = new Set<string>();
  for (const { code, path } of issues) {
    if (code === 'unrecognized_keys') continue;
    if (unusable.has(path.join('.'))) usable = false;
    else if (path.length === 2 && path[0] === 'attributes') refused.add(String(path[1]));
  }
  return { issues, usable, refused };
}

class GraphDocumentReader {
  readonly tables: ParsedTables;
  private readonly readers = new Map<DatasetTable, RowReader<DatasetTable>>();
  /** Where each table row's cells stand in the document, by row index: the tables' `locate`. */
  private readonly origins = new Map<DatasetTable, RowOrigin[]>();

  constructor(
    private readonly file: string,
    private readonly outline: JsonOutline,
    private readonly errors: ImportError[],
  ) {
    this.tables = emptyTables(() => file);
    for (const table of DATASET_TABLES) {
      const origins: RowOrigin[] = [];
      this.origins.set(table, origins);
      this.tables[table].locate = (index, column) => {
        const origin = origins[index];
        const place = origin?.cells.get(column)?.place ?? origin?.place;
        return { line: place?.line ?? 0, column: place?.path ?? column };
      };
    }
  }

  private report(place: Place, message: string): void {
    this.errors.push({ file: this.file, line: place.line, column: place.path, message });
  }

  private reportIssues(place: Place, issues: readonly FieldIssue[]): void {
    for (const issue of issues) this.report({ line: place.line, path: fieldPath(place.path, issue.path) }, issue.message);
  }

  /** Checks the document around its elements and its metadata; returns the elements and the dataset manifest it carries. */
  readHeader(document: Record<string, unknown>): { manifest: DatasetManifest | undefined; nodes: readonly unknown[]; edges: readonly unknown[] } {
    const result = importedDocumentHeaderSchema.safeParse(document);
    if (result.success) {
      const { attributes, nodes = [], edges = [] } = result.data;
      return { manifest: attributes.knooppunt.manifest, nodes, edges };
    }
    for (const { path, message } of fieldIssues(result.error.issues)) {
      const line = this.outline.properties.get(String(path[0]))?.line ?? this.outline.rootLine;
      this.report({ line, path: fieldPath('', path) }, message);
    }
    // The import fails now, but the elements are still checked, so every error is reported at once.
    const elements = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : []);
    return { manifest: undefined, nodes: elements(document.nodes), edges: elements(document.edges) };
  }

  /** `nodes` or `edges` with the place of each element. */
  private elements(field: 'nodes' | 'edges', elements: readonly unknown[]): { element: unknown; place: Place }[] {
    const property = this.outline.properties.get(field) ?? { line: this.outline.rootLine, elementLines: [] };
    return elements.map((element, index) => ({
      element,
      place: { line: property.elementLines[index] ?? property.line, path: `${field}[${index}]` },
    }));
  }

  readNodes(elements: readonly unknown[]): Map<string, KeyEntry> {
    const nodes = new Map<string, KeyEntry>();
    for (const { element, place } of this.elements('nodes', elements)) {
      const judged = judge(importedNodeSchema, element, UNUSABLE_NODE);
      // Usable: the schema accepted it but for unknown fields and refused values, which are reported and skipped.
      let node: DocumentNode | undefined;
      if (judged.usable) node = this.readNode(element as ImportedNode, place, judged);
      else this.reportIssues(place, judged.issues);
      // A node whose key is readable still counts as there, so its relationships do not name an unknown node.
      const key = isJsonObject(element) ? element.key : undefined;
      if (typeof key !== 'string' || key === '') continue;
      const first = nodes.get(key);
      if (first !== undefined) this.report(at(place, 'key'), `duplicate node key "${key}" (first on line ${first.place.line})`);
      else nodes.set(key, { place, node });
    }
    return nodes;
  }

  /**
   * The node when its key fits its label, after reporting its issues; else undefined, after reporting only
   * that: its attributes were judged against the wrong label.
   */
  private readNode({ key, attributes }: ImportedNode, place: Place, { issues, refused }: Judgement): DocumentNode | undefined {
    if (labelOfId(key) !== attributes.label) {
      this.report(at(place, 'key'), `"${key}" is not the key of a ${attributes.label} (expected ${ID_PREFIX[attributes.label]}:<id>)`);
      return undefined;
    }
    this.reportIssues(place, issues);
    return { key, label: attributes.label, place, attributes, refused, owned: new Map() };
  }

  /** Reads the relationships into the owners' columns and the relationship tables; returns how many there were. */
  readEdges(elements: readonly unknown[], nodes: ReadonlyMap<string, KeyEntry>): number {
    const seen = new Map<string, Place>();
    for (const { element, place } of this.elements('edges', elements)) {
      const { issues, usable, refused } = judge(importedEdgeSchema, element, UNUSABLE_EDGE);
      this.reportIssues(place, issues);
      if (!usable) continue;
      // Usable: its attributes hold a known type; an end that is no string was reported and is skipped.
      const edge = element as ImportedEdge;
      const { type } = edge.attributes;
      const spec = RELATIONSHIP_TABLES[type];
      const from = this.endpoint(nodes, edge.source, at(place, 'source'), spec.from, `${type} starts at`);
      const to = this.endpoint(nodes, edge.target, at(place, 'target'), spec.to, `${type} ends at`);
      if (from === undefined || to === undefined) {
        // The owner's column is then judged here, not again as missing.
        if (spec.kind === 'owned') (spec.owner === 'from' ? from : to)?.owned.set(spec.column, { text: undefined, place });
        continue;
      }
      const key = derivedKey(type, from.key, to.key, edge.attributes);
      if (typeof edge.key === 'string' && edge.key !== key) {
        this.report(at(place, 'key'), `${JSON.stringify(edge.key)} is not this relationship's key; its type and ends make it "${key}"`);
      }
      const first = seen.get(key);
      if (first !== undefined) {
        this.report(place, `duplicate relationship "${key}" (first on line ${first.line})`);
        continue;
      }
      seen.set(key, place);
      if (spec.kind === 'owned') {
        const [owner, other, otherField] = spec.owner === 'from' ? [from, to, 'target'] : [to, from, 'source'];
        const earlier = owner.owned.get(spec.column);
        if (earlier !== undefined) {
          const noun = owner.label.toLowerCase();
          this.report(place, `${noun} "${owner.key}" already has its ${type} relationship on line ${earlier.place.line} (one per ${noun})`);
          continue;
        }
        owner.owned.set(spec.column, { text: bareId(other.key), place: at(place, otherField) });
        continue;
      }
      const cells = attributeCells(spec.attributes, edge.attributes, refused, at(place, 'attributes'));
      cells.set(spec.source, { text: spec.prefixedSource === true ? from.key : bareId(from.key), place: at(place, 'source') });
      cells.set(spec.target, { text: bareId(to.key), place: at(place, 'target') });
      this.addRow(spec.table, place, cells);
    }
    return elements.length;
  }

  /** The node an edge's end names, when it exists, can take part and has a label this type allows. */
  private endpoint(
    nodes: ReadonlyMap<string, KeyEntry>,
    key: unknown,
    place: Place,
    labels: readonly NodeLabel[],
    rule: string,
  ): DocumentNode | undefined {
    // An end that is no string was reported by the schema.
    if (typeof key !== 'string') return undefined;
    const entry = nodes.get(key);
    if (entry === undefined) this.report(place, `unknown node "${key}"`);
    else if (entry.node !== undefined && !labels.includes(entry.node.label)) {
      this.report(place, `${rule} ${labels.join(' or ')}, not at ${entry.node.label} "${key}"`);
      return undefined;
    }
    // A node that cannot take part was reported where it stands; its relationships are not judged again.
    return entry?.node;
  }

  addNodeRows(nodes: ReadonlyMap<string, KeyEntry>): void {
    for (const { node } of nodes.values()) {
      if (node === undefined) continue;
      const spec = NODE_TABLES[node.label];
      const cells = attributeCells(spec.attributes, node.attributes, node.refused, at(node.place, 'attributes'));
      const bare = bareId(node.key);
      cells.set(spec.keyColumn, { text: bare, place: at(node.place, 'key') });
      if (spec.keyAttribute !== undefined) this.checkKeyAttribute(node, spec.keyAttribute, bare);
      for (const { type, spec: owned } of OWNED_BY_LABEL.get(node.label) ?? []) {
        const cell = node.owned.get(owned.column);
        if (cell !== undefined) cells.set(owned.column, cell);
        else if (columnsOf(spec.table)[owned.column]?.required === true) {
          this.report(node.place, `missing its ${type} relationship (every ${node.label} has one)`);
          cells.set(owned.column, { text: undefined, place: node.place });
        }
      }
      this.addRow(spec.table, node.place, cells);
    }
  }

  private checkKeyAttribute(node: DocumentNode, name: string, bare: string): void {
    if (node.refused.has(name)) return;
    const value = (node.attributes as Record<string, unknown>)[name];
    const place = at(node.place, `attributes.${name}`);
    if (value === undefined || value === null) this.report(place, 'required value is missing');
    else if (String(value) !== bare) this.report(place, `${JSON.stringify(value)} differs from the key "${node.key}"`);
  }

  private addRow(table: DatasetTable, place: Place, cells: ReadonlyMap<string, Cell>): void {
    let reader = this.readers.get(table);
    if (reader === undefined) {
      reader = new RowReader(table, this.tables[table], columnNames(table), this.errors);
      this.readers.set(table, reader);
    }
    const fields = columnNames(table).map((column) => (cells.has(column) ? cells.get(column)?.text : ''));
    this.origins.get(table)?.push({ place, cells });
    reader.read(fields, place.line);
  }
}

/**
 * Cells for the attributes of `columns`: absent ones empty, so a required one is reported where it belongs;
 * a refused one skipped. Values are read as cell text, so both import formats share one set of rules.
 */
function attributeCells(
  columns: Readonly<Record<string, string>>,
  attributes: Readonly<Record<string, unknown>>,
  refused: ReadonlySet<string>,
  place: Place,
): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const [name, column] of Object.entries(columns)) {
    const value = attributes[name];
    const text = refused.has(name) ? undefined : value === undefined || value === null ? '' : String(value);
    cells.set(column, { text, place: at(place, name) });
  }
  return cells;
}

/** The key Knooppunt gives a relationship (domain/ids.ts), so an imported document keeps its relationship ids. */
function derivedKey(type: RelationshipType, from: string, to: string, attributes: ImportedEdge['attributes']): string {
  if (type === 'ADJACENT_TO') return relationshipId(type, ...canonicalPair(from, to));
  if (type !== 'FUNDS') return relationshipId(type, from, to);
  const { year, kind } = attributes as { year?: unknown; kind?: unknown };
  return relationshipId(type, from, to, fundingDiscriminator(Number(year), typeof kind === 'string' ? kind : undefined));
}
