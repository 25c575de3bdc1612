// Knooppunt's own JSON export read back as a dataset (docs/import-format.md), so an export or a snapshot can be
// loaded again. Nodes and relationships become rows of the import format's tables
// (graph-document-tables.ts), and then the very same cell rules and cross-file checks as for CSV run;
// their errors are pointed back into the document by line and field path, for example
// `export.json:12: nodes[3].attributes.sector: unknown sector "x"`.
import type { Dataset, DatasetManifest, DatasetTable } from '../domain/dataset';
import { GRAPH_DOCUMENT_FORMAT, GRAPH_SCHEMA_VERSION } from '../domain/graph-document';
import { bareId, canonicalPair, fundingDiscriminator, ID_PREFIX, labelOfId, relationshipId } from '../domain/ids';
import { DatasetValidationError, ImportErrorList, omittedErrors, type ImportError } from '../domain/import-error';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../domain/vocabulary';
import { finishDataset } from './finish-dataset';
import { NODE_TABLES, RELATIONSHIP_TABLES, type OwnedSpec } from './graph-document-tables';
import type { JsonOutline } from './json-outline';
import { isJsonObject } from './json-table';
import { validateManifest } from './manifest';
import type { ParseOptions } from './parse-options';
import { columnNames, emptyTables, RowReader, type ParsedTables } from './rows';
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
  attributes: Record<string, unknown>;
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

const DOCUMENT_FIELDS = ['attributes', 'options', 'nodes', 'edges'];
const NODE_FIELDS = ['key', 'attributes'];
const EDGE_FIELDS = ['key', 'source', 'target', 'attributes'];

const isNodeLabel = (value: unknown): value is NodeLabel => (NODE_LABELS as readonly unknown[]).includes(value);
const isRelationshipType = (value: unknown): value is RelationshipType => (RELATIONSHIP_TYPES as readonly unknown[]).includes(value);
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
  const attributes = document.attributes;
  return isJsonObject(attributes) && isJsonObject(attributes.knooppunt) && attributes.knooppunt.format === GRAPH_DOCUMENT_FORMAT;
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
  const manifest = reader.readHeader(document);
  const nodes = reader.readNodes(document.nodes);
  options.onProgress?.({ phase: 'parse', file, rows: nodes.size });
  const edgeCount = reader.readEdges(document.edges, nodes);
  options.onProgress?.({ phase: 'parse', file, rows: nodes.size + edgeCount });
  reader.addNodeRows(nodes);
  return reader.finish(manifest, options);
}

class GraphDocumentReader {
  private readonly tables: ParsedTables;
  private readonly readers = new Map<DatasetTable, RowReader<DatasetTable>>();
  /** The row readers' errors carry an index into `origins` as their line, until `finish` points them into the document. */
  private readonly rowErrors: ImportError[] = new ImportErrorList();
  private readonly origins: RowOrigin[] = [];

  constructor(
    private readonly file: string,
    private readonly outline: JsonOutline,
    private readonly errors: ImportError[],
  ) {
    this.tables = emptyTables(() => file);
  }

  private report(place: Place, message: string): void {
    this.errors.push({ file: this.file, line: place.line, column: place.path, message });
  }

  private unknownFields(element: Record<string, unknown>, expected: readonly string[], place: (field: string) => Place): void {
    for (const field of Object.keys(element)) {
      if (!expected.includes(field)) this.report(place(field), `unknown field (expected: ${expected.join(', ')})`);
    }
  }

  /** Checks the document's own fields and its metadata; returns the dataset manifest it carries. */
  readHeader(document: Record<string, unknown>): DatasetManifest | undefined {
    const lineOf = (field: string): number => this.outline.properties.get(field)?.line ?? this.outline.rootLine;
    this.unknownFields(document, DOCUMENT_FIELDS, (field) => ({ line: lineOf(field), path: field }));
    const place: Place = { line: lineOf('attributes'), path: 'attributes.knooppunt' };
    // isGraphDocument has checked that both are objects.
    const metadata = (document.attributes as { knooppunt: Record<string, unknown> }).knooppunt;
    const version = metadata.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      this.report(at(place, 'schemaVersion'), 'expected the graph schema version, a whole number from 1');
    } else if (version > GRAPH_SCHEMA_VERSION) {
      this.report(at(place, 'schemaVersion'), `written for graph schema version ${version}; this Knooppunt reads version ${GRAPH_SCHEMA_VERSION}`);
    }
    if (metadata.manifest === undefined) return undefined;
    return validateManifest(metadata.manifest, { file: this.file, line: place.line, prefix: `${place.path}.manifest` }, this.errors);
  }

  /** The elements of `nodes` or `edges`, each with its place; undefined (after reporting) when it is not an array. */
  private elements(field: 'nodes' | 'edges', value: unknown): { element: unknown; place: Place }[] {
    const property = this.outline.properties.get(field) ?? { line: this.outline.rootLine, elementLines: [] };
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.report({ line: property.line, path: field }, `expected an array of ${field}`);
      return [];
    }
    return value.map((element: unknown, index) => ({
      element,
      place: { line: property.elementLines[index] ?? property.line, path: `${field}[${index}]` },
    }));
  }

  readNodes(value: unknown): Map<string, KeyEntry> {
    const nodes = new Map<string, KeyEntry>();
    for (const { element, place } of this.elements('nodes', value)) {
      if (!isJsonObject(element)) {
        this.report(place, 'expected an object with key and attributes');
        continue;
      }
      this.unknownFields(element, NODE_FIELDS, (field) => at(place, field));
      const key = element.key;
      if (typeof key !== 'string' || key === '') {
        this.report(at(place, 'key'), 'expected the node key, a non-empty string');
        continue;
      }
      const first = nodes.get(key);
      if (first !== undefined) {
        this.report(at(place, 'key'), `duplicate node key "${key}" (first on line ${first.place.line})`);
        continue;
      }
      nodes.set(key, { place, node: this.readNode(key, element.attributes, place) });
    }
    return nodes;
  }

  /** The node when its label is known and its key fits that label; else undefined, after reporting why. */
  private readNode(key: string, attributes: unknown, place: Place): DocumentNode | undefined {
    if (!isJsonObject(attributes)) {
      this.report(at(place, 'attributes'), 'expected an object with the label and the properties');
      return undefined;
    }
    const label = attributes.label;
    if (!isNodeLabel(label)) {
      const found = label === undefined ? 'required value is missing' : `unknown label ${JSON.stringify(label)}`;
      this.report(at(place, 'attributes.label'), `${found} (expected one of: ${NODE_LABELS.join(', ')})`);
      return undefined;
    }
    if (labelOfId(key) !== label) {
      this.report(at(place, 'key'), `"${key}" is not the key of a ${label} (expected ${ID_PREFIX[label]}:<id>)`);
      return undefined;
    }
    return { key, label, place, attributes, owned: new Map() };
  }

  /** Reads the relationships into the owners' columns and the relationship tables; returns how many there were. */
  readEdges(value: unknown, nodes: ReadonlyMap<string, KeyEntry>): number {
    const seen = new Map<string, Place>();
    const elements = this.elements('edges', value);
    for (const { element, place } of elements) {
      if (!isJsonObject(element)) {
        this.report(place, 'expected an object with source, target and attributes');
        continue;
      }
      this.unknownFields(element, EDGE_FIELDS, (field) => at(place, field));
      const attributes = element.attributes;
      if (!isJsonObject(attributes)) {
        this.report(at(place, 'attributes'), 'expected an object with the type and the properties');
        continue;
      }
      const type = attributes.type;
      if (!isRelationshipType(type)) {
        const found = type === undefined ? 'required value is missing' : `unknown relationship type ${JSON.stringify(type)}`;
        this.report(at(place, 'attributes.type'), `${found} (expected one of: ${RELATIONSHIP_TYPES.join(', ')})`);
        continue;
      }
      const spec = RELATIONSHIP_TABLES[type];
      const from = this.endpoint(nodes, element.source, at(place, 'source'), spec.from, `${type} starts at`);
      const to = this.endpoint(nodes, element.target, at(place, 'target'), spec.to, `${type} ends at`);
      if (from === undefined || to === undefined) {
        // The owner's column is then judged here, not again as missing.
        if (spec.kind === 'owned') (spec.owner === 'from' ? from : to)?.owned.set(spec.column, { text: undefined, place });
        continue;
      }
      const known = Object.keys(spec.kind === 'row' ? spec.attributes : {});
      for (const name of Object.keys(attributes)) {
        if (name === 'type' || known.includes(name)) continue;
        const expected = known.length === 0 ? `a ${type} relationship has none` : `expected: ${known.join(', ')}`;
        this.report(at(place, `attributes.${name}`), `unknown attribute (${expected})`);
      }
      const key = derivedKey(type, from.key, to.key, attributes);
      if (element.key !== undefined && element.key !== key) {
        this.report(at(place, 'key'), `${JSON.stringify(element.key)} is not this relationship's key; its type and ends make it "${key}"`);
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
      const cells = this.attributeCells(spec.attributes, attributes, at(place, 'attributes'));
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
    if (typeof key !== 'string') {
      this.report(place, 'expected a node key, a string');
      return undefined;
    }
    const entry = nodes.get(key);
    if (entry === undefined) this.report(place, `unknown node "${key}"`);
    else if (entry.node !== undefined && !labels.includes(entry.node.label)) {
      this.report(place, `${rule} ${labels.join(' or ')}, not at ${entry.node.label} "${key}"`);
      return undefined;
    }
    // A node that cannot take part was reported where it stands; its relationships are not judged again.
    return entry?.node;
  }

  /** Cells for the attributes of `columns` (absent ones empty, so a required one is reported where it belongs). */
  private attributeCells(columns: Readonly<Record<string, string>>, attributes: Record<string, unknown>, place: Place): Map<string, Cell> {
    const cells = new Map<string, Cell>();
    for (const [name, column] of Object.entries(columns)) {
      const cellPlace = at(place, name);
      cells.set(column, { text: this.cellText(attributes[name], cellPlace), place: cellPlace });
    }
    return cells;
  }

  /** Values are read as cell text, so both import formats share one set of rules: `"12"` and `12` read alike. */
  private cellText(value: unknown, place: Place): string | undefined {
    if (value === undefined || value === null) return '';
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
    this.report(place, 'expected a string, number, boolean or null');
    return undefined;
  }

  addNodeRows(nodes: ReadonlyMap<string, KeyEntry>): void {
    for (const { node } of nodes.values()) {
      if (node === undefined) continue;
      const spec = NODE_TABLES[node.label];
      const attributesPlace = at(node.place, 'attributes');
      for (const name of Object.keys(node.attributes)) {
        if (name === 'label' || name === spec.keyAttribute || name in spec.attributes) continue;
        const expected = ['label', ...(spec.keyAttribute === undefined ? [] : [spec.keyAttribute]), ...Object.keys(spec.attributes)];
        this.report(at(attributesPlace, name), `unknown attribute (expected: ${expected.join(', ')})`);
      }
      const cells = this.attributeCells(spec.attributes, node.attributes, attributesPlace);
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
    const value = node.attributes[name];
    const place = at(node.place, `attributes.${name}`);
    if (value === undefined || value === null) this.report(place, 'required value is missing');
    else if (String(value) !== bare) this.report(place, `${JSON.stringify(value)} differs from the key "${node.key}"`);
  }

  private addRow(table: DatasetTable, place: Place, cells: ReadonlyMap<string, Cell>): void {
    let reader = this.readers.get(table);
    if (reader === undefined) {
      reader = new RowReader(table, this.tables[table], columnNames(table), this.rowErrors);
      this.readers.set(table, reader);
    }
    const fields = columnNames(table).map((column) => (cells.has(column) ? cells.get(column)?.text : ''));
    const origin = this.origins.push({ place, cells }) - 1;
    reader.read(fields, origin);
  }

  /** Runs the shared cross-table checks, points their errors and the row readers' into the document, and throws them all. */
  finish(manifest: DatasetManifest | undefined, options: ParseOptions): Dataset {
    let dataset: Dataset | undefined;
    try {
      dataset = finishDataset(this.tables, manifest, this.rowErrors, options);
    } catch (error) {
      if (!(error instanceof DatasetValidationError)) throw error;
      if (this.errors instanceof ImportErrorList) this.errors.omitted += error.omitted;
      for (const rowError of error.errors) {
        const origin = this.origins[rowError.line];
        const place = origin?.cells.get(rowError.column)?.place ?? origin?.place;
        this.errors.push({ ...rowError, line: place?.line ?? 0, column: place?.path ?? rowError.column });
      }
    }
    if (dataset === undefined || this.errors.length > 0) {
      // Array.prototype.sort is stable: errors of one line keep the order they were found in.
      throw new DatasetValidationError([...this.errors].sort((a, b) => a.line - b.line), omittedErrors(this.errors));
    }
    return dataset;
  }
}

/** The key Knooppunt gives a relationship (domain/ids.ts), so an imported document keeps its relationship ids. */
function derivedKey(type: RelationshipType, from: string, to: string, attributes: Record<string, unknown>): string {
  if (type === 'ADJACENT_TO') return relationshipId(type, ...canonicalPair(from, to));
  if (type !== 'FUNDS') return relationshipId(type, from, to);
  const kind = typeof attributes.kind === 'string' ? attributes.kind : undefined;
  return relationshipId(type, from, to, fundingDiscriminator(Number(attributes.year), kind));
}
