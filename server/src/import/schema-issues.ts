// zod's issues as the import's errors are made of: a field path and a message. The schemas carry their
// wording (domain/strict-fields.ts and the *.schema.ts files); this only spreads an issue about several
// unknown keys into one error per key, and spells the path as users read it.
import type { z } from 'zod';

export interface FieldIssue {
  /** The path from the validated value (`["attributes", "label"]`); empty for the value itself. */
  readonly path: readonly PropertyKey[];
  readonly code: z.core.$ZodIssue['code'];
  readonly message: string;
}

/**
 * The issues `schema` finds in `value`; none when it accepts it. Asked through the Standard Schema
 * interface, which hands back zod's own issues (codes, unknown keys) without building a ZodError, an
 * Error with a stack trace, for every refused value: a document of a million bad elements would build a
 * million of them, and that is most of what a refused element costs.
 */
export function schemaIssues(schema: z.ZodType, value: unknown): readonly z.core.$ZodIssue[] {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) throw new Error('schema-issues: an import checks only synchronous schemas');
  return (result.issues ?? []) as readonly z.core.$ZodIssue[];
}

export function fieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [...issue.path, key], code: issue.code, message: issue.message }))
      : [{ path: issue.path, code: issue.code, message: issue.message }],
  );
}

/** `("nodes[3]", ["attributes", "name"])` → `nodes[3].attributes.name`; `("", ["sources", 2])` → `sources[2]`. */
export function fieldPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`),
    prefix,
  );
}
