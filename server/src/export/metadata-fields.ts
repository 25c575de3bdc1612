// The export metadata as flat, typed fields, for the formats that cannot nest it: GraphML graph data,
// the GEXF description, the Cypher script's header.
import type { ExportMetadata } from '../domain/graph-document';

export interface MetadataField {
  name: string;
  type: 'string' | 'int';
  value: (metadata: ExportMetadata) => string | number | undefined;
}

/** Every field an export may carry, in a fixed order; a field whose value is undefined is left out. */
export const METADATA_FIELDS: readonly MetadataField[] = [
  { name: 'format', type: 'string', value: (metadata) => metadata.format },
  { name: 'exportedAt', type: 'string', value: (metadata) => metadata.exportedAt },
  { name: 'appVersion', type: 'string', value: (metadata) => metadata.appVersion },
  { name: 'schemaVersion', type: 'int', value: (metadata) => metadata.schemaVersion },
  { name: 'contentHash', type: 'string', value: (metadata) => metadata.contentHash },
  /** A zone id (zone:<slug>), or `whole` for the whole graph. */
  { name: 'filter', type: 'string', value: (metadata) => metadata.filter.zone ?? 'whole' },
  { name: 'backend', type: 'string', value: (metadata) => metadata.backend },
  { name: 'nodeCount', type: 'int', value: (metadata) => metadata.counts.nodes },
  { name: 'relationshipCount', type: 'int', value: (metadata) => metadata.counts.relationships },
  { name: 'manifest', type: 'string', value: (metadata) => (metadata.manifest === undefined ? undefined : JSON.stringify(metadata.manifest)) },
];

/** The fields this export has, with their values. */
export function metadataValues(metadata: ExportMetadata): { field: MetadataField; value: string | number }[] {
  return METADATA_FIELDS.flatMap((field) => {
    const value = field.value(metadata);
    return value === undefined ? [] : [{ field, value }];
  });
}
