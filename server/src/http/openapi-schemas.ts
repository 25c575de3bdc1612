// Turns the API's zod schemas (domain/*.schema.ts, http/request-schemas.ts) into the JSON Schemas of the
// OpenAPI document: a schema registered with an id (`.meta({ id })`) becomes a component, referred to by
// `$ref` wherever it is used, so the document stays readable and every shape is written once.
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

const DEFS = '#/$defs/';
const COMPONENTS = '#/components/schemas/';
/** zod writes a whole number's safe-integer range as bounds; they say nothing to a reader, so they go. */
const SAFE_BOUNDS = new Set([Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]);

function tidy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidy);
  if (typeof value !== 'object' || value === null) return value;
  const tidied: JsonSchema = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === '$ref' && typeof inner === 'string' && inner.startsWith(DEFS)) tidied[key] = COMPONENTS + inner.slice(DEFS.length);
    else if ((key === 'minimum' || key === 'maximum') && typeof inner === 'number' && SAFE_BOUNDS.has(inner)) continue;
    else if (key === '$schema') continue;
    else tidied[key] = tidy(inner);
  }
  return tidied;
}

/** The components of one document, filled as the paths ask for schemas. */
export class OpenApiSchemas {
  readonly components: Record<string, JsonSchema> = {};

  /**
   * The JSON Schema of `schema` as the API sends it (`output`, for answers) or takes it (`input`, for
   * parameters and request bodies, before defaults and conversions apply).
   */
  of(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
    const { $defs, ...root } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'throw' }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
    for (const [id, definition] of Object.entries($defs ?? {})) this.add(id, tidy(definition) as JsonSchema);
    return tidy(root) as JsonSchema;
  }

  private add(id: string, definition: JsonSchema): void {
    const known = this.components[id];
    // Two different shapes under one id would make a $ref mean two things; the input and output forms of
    // a schema without defaults or conversions are the same.
    if (known !== undefined && JSON.stringify(known) !== JSON.stringify(definition)) throw new Error(`openapi: two different schemas have the id ${id}`);
    this.components[id] = definition;
  }
}
