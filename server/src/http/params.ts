// Query and path parameters, validated with zod; a bad one is a 400 problem that names it.
import { z } from 'zod';
import { FindingQueryError } from '../domain/finding-query';
import { bareId, labelOfId, municipalityId, NIS_PATTERN } from '../domain/ids';
import { HttpProblem } from './problem';
import type { QueryShape } from './request-schemas';

/**
 * A route's query parameters (request-schemas.ts), each parsed from its text; the first bad one is a 400
 * that names it. Parameters the route does not know are left aside.
 */
export function parseQuery<S extends QueryShape>(schema: z.ZodObject<S>, query: Readonly<Record<string, string>>): z.output<z.ZodObject<S>> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new HttpProblem(400, `query parameter "${String(issue?.path[0] ?? '')}": ${issue?.message ?? 'invalid value'}`);
}

/**
 * A JSON request body checked against its schema; the first thing wrong is a 400 naming the field (an
 * unknown field, a missing one, a wrong type), or the body as a whole when it is no object.
 */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue === undefined) throw new HttpProblem(400, 'request body: invalid');
  if (issue.code === 'unrecognized_keys') {
    const known = schema instanceof z.ZodObject ? Object.keys(schema.shape).join(', ') : '';
    throw new HttpProblem(400, `request body field "${issue.keys[0] ?? ''}": unknown field (expected: ${known})`);
  }
  if (issue.path.length === 0) throw new HttpProblem(400, `request body: ${issue.message}`);
  throw new HttpProblem(400, `request body field "${issue.path.join('.')}": ${issue.message}`);
}

/**
 * Runs a parser of the findings' query parameters (domain/finding-query.ts), turning its refusal into the
 * 400 problem that names the parameter; /api/findings, the dashboard and the profile read them alike.
 */
export function findingParameters<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof FindingQueryError) throw new HttpProblem(400, `query parameter ${error.message}`);
    throw error;
  }
}

/** A municipality in a path: `nis:11002` or the bare `11002`, as users type either; anything else is a 400. */
export function municipalityIdFrom(raw: string): string {
  const nis = labelOfId(raw) === 'Municipality' ? bareId(raw) : raw;
  if (!NIS_PATTERN.test(nis)) throw new HttpProblem(400, `"${raw}" is not a NIS code (5 digits) or a municipality id (nis:<5 digits>)`);
  return municipalityId(nis);
}
