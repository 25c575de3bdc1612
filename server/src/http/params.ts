// Query and path parameters, validated with zod; a bad one is a 400 problem that names it.
import { z } from 'zod';
import { FindingQueryError } from '../domain/finding-query';
import { bareId, labelOfId, municipalityId, NIS_PATTERN } from '../domain/ids';
import { HttpProblem } from './problem';

export function parseParameter<T>(name: string, schema: z.ZodType<T>, raw: string | undefined): T {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const reason = result.error.issues[0]?.message ?? 'invalid value';
    throw new HttpProblem(400, `query parameter "${name}": ${reason}`);
  }
  return result.data;
}

/** An optional integer query parameter within bounds, with a default. */
export function integerParameter(min: number, max: number, fallback: number): z.ZodType<number> {
  return z
    .string()
    .regex(/^\d+$/, `expected a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `expected at least ${min}`).max(max, `expected at most ${max}`))
    .optional()
    .transform((value) => value ?? fallback) as unknown as z.ZodType<number>;
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
