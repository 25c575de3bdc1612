// How Knooppunt's graph document (domain/graph-document.ts) maps back onto the tables of the import
// format: the inverse of graph/dataset-to-graph.ts, written down as data. A node is a row of its
// label's table; a relationship that a row defines (OPERATES, DIRECTS, COUNCIL_OF, PROVIDES,
// LOCATED_IN) fills a column of that row; every other relationship is a row of its own table.
import type { DatasetTable } from '../domain/dataset';
import type { ImportedEdge, ImportedNode } from '../domain/graph-document-import.schema';
import type { NodeLabel, RelationshipType } from '../domain/vocabulary';
import type { RowOf } from './tables';

type ColumnOf<T extends DatasetTable> = keyof RowOf<T> & string;

type NodeTable = 'municipalities' | 'zones' | 'networks' | 'organisations' | 'offers';

export interface NodeTableSpec<T extends NodeTable = NodeTable> {
  table: T;
  /** The column the key's bare id fills (`nis:11002` → `11002`). */
  keyColumn: ColumnOf<T>;
  /** An attribute that repeats the key's bare id (a municipality's `nis`): required and equal to it. */
  keyAttribute?: string;
  /** Attribute name → column. */
  attributes: Readonly<Record<string, ColumnOf<T>>>;
}

/** The properties the document's schema gives nodes of `L` (domain/graph-document-import.schema.ts). */
type NodeProperty<L extends NodeLabel> = Exclude<keyof Extract<ImportedNode['attributes'], { label: L }>, 'label'>;
/** The properties the document's schema gives relationships of `R`. */
type RelationshipProperty<R extends RelationshipType> = Exclude<keyof Extract<ImportedEdge['attributes'], { type: R }>, 'type'>;

/**
 * `L`'s table: every property of its schema but the key attribute `K` names a column, and no other
 * name does, so the schema and this mapping cannot drift apart.
 */
const nodeTable = <L extends NodeLabel, T extends NodeTable, K extends NodeProperty<L> = never>(
  _label: L,
  spec: Omit<NodeTableSpec<T>, 'keyAttribute' | 'attributes'> & { keyAttribute?: K; attributes: Readonly<Record<Exclude<NodeProperty<L>, K>, ColumnOf<T>>> },
): NodeTableSpec => spec as unknown as NodeTableSpec;

export const NODE_TABLES: Readonly<Record<NodeLabel, NodeTableSpec>> = {
  Municipality: nodeTable('Municipality', {
    table: 'municipalities',
    keyColumn: 'nis',
    keyAttribute: 'nis',
    attributes: {
      name: 'name',
      province: 'province',
      region: 'region',
      population: 'population',
      children0to3: 'children_0_3',
      children3to12: 'children_3_12',
    },
  }),
  Zone: nodeTable('Zone', { table: 'zones', keyColumn: 'id', attributes: { name: 'name' } }),
  Network: nodeTable('Network', {
    table: 'networks',
    keyColumn: 'id',
    attributes: { type: 'type', name: 'name', governanceModel: 'governance_model', governanceModelDate: 'governance_model_date' },
  }),
  Organisation: nodeTable('Organisation', { table: 'organisations', keyColumn: 'id', attributes: { name: 'name', legalForm: 'legal_form', sector: 'sector' } }),
  Offer: nodeTable('Offer', { table: 'offers', keyColumn: 'id', attributes: { function: 'function', capacity: 'capacity', name: 'name' } }),
};

interface Ends {
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
}

/** A relationship its owner's row defines: the owner's `column` holds the other end's bare id. */
export interface OwnedSpec extends Ends {
  kind: 'owned';
  owner: 'from' | 'to';
  column: string;
}

/** A relationship that is a row of `table`: source and target fill two columns, attributes the others. */
export interface RowSpec<T extends DatasetTable = DatasetTable> extends Ends {
  kind: 'row';
  table: T;
  source: ColumnOf<T>;
  target: ColumnOf<T>;
  /** The source column keeps the key's prefix (a membership's member may be an organisation or a municipality). */
  prefixedSource?: boolean;
  attributes: Readonly<Record<string, ColumnOf<T>>>;
}

export type RelationshipSpec = OwnedSpec | RowSpec;

/** `T` names the owner's table, so the column is checked against it. */
const owned = <T extends NodeTable>(from: NodeLabel, to: NodeLabel, owner: 'from' | 'to', column: ColumnOf<T>): OwnedSpec => ({
  kind: 'owned',
  from: [from],
  to: [to],
  owner,
  column,
});

/** `R`'s table: every property of its schema names a column, and no other name does. */
const row = <R extends RelationshipType, T extends DatasetTable>(
  _type: R,
  spec: Omit<RowSpec<T>, 'kind' | 'attributes'> & { attributes: Readonly<Record<RelationshipProperty<R>, ColumnOf<T>>> },
): RowSpec => ({ kind: 'row', ...spec }) as unknown as RowSpec;

export const RELATIONSHIP_TABLES: Readonly<Record<RelationshipType, RelationshipSpec>> = {
  OPERATES: owned<'organisations'>('Municipality', 'Organisation', 'to', 'operated_by_nis'),
  DIRECTS: owned<'networks'>('Municipality', 'Network', 'to', 'directed_by_nis'),
  COUNCIL_OF: owned<'networks'>('Network', 'Zone', 'from', 'zone_id'),
  PROVIDES: owned<'offers'>('Organisation', 'Offer', 'to', 'org_id'),
  LOCATED_IN: owned<'offers'>('Offer', 'Municipality', 'from', 'nis'),
  IN_ZONE: row('IN_ZONE', { table: 'zone_members', from: ['Municipality'], to: ['Zone'], source: 'nis', target: 'zone_id', attributes: {} }),
  ADJACENT_TO: row('ADJACENT_TO', { table: 'adjacency', from: ['Municipality'], to: ['Municipality'], source: 'nis_a', target: 'nis_b', attributes: {} }),
  COVERS: row('COVERS', { table: 'network_coverage', from: ['Network'], to: ['Municipality'], source: 'network_id', target: 'nis', attributes: {} }),
  MEMBER_OF: row('MEMBER_OF', {
    table: 'memberships',
    from: ['Organisation', 'Municipality'],
    to: ['Network'],
    source: 'member_id',
    target: 'network_id',
    prefixedSource: true,
    attributes: { role: 'role', sector: 'sector' },
  }),
  SERVES: row('SERVES', { table: 'offer_serves', from: ['Offer'], to: ['Municipality'], source: 'offer_id', target: 'nis', attributes: {} }),
  FUNDS: row('FUNDS', {
    table: 'funding',
    from: ['Municipality'],
    to: ['Organisation'],
    source: 'nis',
    target: 'org_id',
    attributes: { year: 'year', amount: 'amount', kind: 'kind' },
  }),
};
