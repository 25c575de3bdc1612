// A strict zod object as the import reports it: each unknown key is an error of its own that says what was
// expected (`unknown field (expected: key, attributes)`), rather than zod's one "Unrecognized keys" issue.
import { z } from 'zod';

export interface StrictFieldsWording {
  /** The message when the value is not an object at all; zod's own when absent. */
  notObject?: string;
  /** The message for an unknown key; `unknown field (expected: <the shape's keys>)` when absent. */
  unknown?: string;
}

export function strictFields<S extends z.core.$ZodLooseShape>(shape: S, wording: StrictFieldsWording = {}) {
  const unknown = wording.unknown ?? `unknown field (expected: ${Object.keys(shape).join(', ')})`;
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknown : issue.code === 'invalid_type' ? wording.notObject : undefined),
  });
}
