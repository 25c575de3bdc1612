// The document's schema names each label's and type's properties; graph-document-tables.ts maps them onto
// columns. The compiler holds the two together; this checks the same at run time, where a cast could hide it.
import { describe, expect, it } from 'vitest';
import { importedEdgeAttributesSchema, importedNodeAttributesSchema } from '../domain/graph-document-import.schema';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../domain/vocabulary';
import { NODE_TABLES, RELATIONSHIP_TABLES } from './graph-document-tables';

const shapeKeys = (options: readonly { shape: object }[], discriminator: string, value: string): string[] =>
  Object.keys(options.find((option) => (option.shape as Record<string, { value?: unknown }>)[discriminator]?.value === value)?.shape ?? {});

describe('the graph document tables against the document schema', () => {
  it.each(NODE_LABELS)('%s: the schema names exactly the properties that fill a column (or repeat the key)', (label) => {
    const spec = NODE_TABLES[label];
    const mapped = ['label', ...(spec.keyAttribute === undefined ? [] : [spec.keyAttribute]), ...Object.keys(spec.attributes)];
    expect(shapeKeys(importedNodeAttributesSchema.options, 'label', label)).toEqual(mapped);
  });

  it.each(RELATIONSHIP_TYPES)('%s: the schema names exactly the properties its row takes', (type) => {
    const spec = RELATIONSHIP_TABLES[type];
    expect(shapeKeys(importedEdgeAttributesSchema.options, 'type', type)).toEqual(['type', ...Object.keys(spec.kind === 'row' ? spec.attributes : {})]);
  });
});
