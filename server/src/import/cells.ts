// Cell parsers of the import format: one trimmed, non-empty cell in, a typed value or a CellProblem out.
// They run once per cell of a two-million-row import, so they are plain functions that return their
// problem instead of throwing or allocating a result wrapper.
import { NIS_PATTERN, SLUG_PATTERN } from '../domain/ids';

/** Why a cell was rejected; the row reader turns it into `file:line: column: message`. */
export class CellProblem {
  constructor(readonly message: string) {}
}

export type CellParser<T> = (raw: string) => T | CellProblem;

export const parseText: CellParser<string> = (raw) => raw;

export const parseNis: CellParser<string> = (raw) =>
  NIS_PATTERN.test(raw) ? raw : new CellProblem(`malformed NIS "${raw}" (expected 5 digits)`);

export const parseSlug: CellParser<string> = (raw) =>
  SLUG_PATTERN.test(raw)
    ? raw
    : new CellProblem(`malformed id "${raw}" (expected letters, digits, ".", "_" or "-", starting with a letter or digit)`);

/** A member is the only reference that names its kind, so one column can hold organisations and municipalities. */
export const parseMemberId: CellParser<string> = (raw) => {
  if (raw.startsWith('org:') ? SLUG_PATTERN.test(raw.slice(4)) : raw.startsWith('nis:') && NIS_PATTERN.test(raw.slice(4))) {
    return raw;
  }
  return new CellProblem(`malformed member id "${raw}" (expected org:<organisation id> or nis:<5 digits>)`);
};

/** An enum column: the value must be one of `values`, spelled exactly; `noun` names the vocabulary in messages. */
export function enumParser<const V extends string>(values: readonly V[], noun: string): CellParser<V> {
  // Returning the vocabulary's own string lets the cell's copy be collected: a million rows share four roles.
  const allowed = new Map<string, V>(values.map((value) => [value, value]));
  const expected = values.join(', ');
  return (raw) => allowed.get(raw) ?? new CellProblem(`unknown ${noun} "${raw}" (expected one of: ${expected})`);
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DIGITS = /^\d+$/;

/** A number as written in a cell, or the problem with it; the decimal comma is the likeliest slip in Flanders. */
function readNumber(raw: string): number | CellProblem {
  if (!DECIMAL.test(raw)) {
    const hint = /^-?\d+,\d+$/.test(raw) ? ' (write decimals with a dot)' : '';
    return new CellProblem(`not a number "${raw}"${hint}`);
  }
  return Number(raw);
}

function readWholeNumber(raw: string): number | CellProblem {
  // Plain digits are by far the common case, so they skip the general decimal grammar.
  const value = DIGITS.test(raw) ? Number(raw) : readNumber(raw);
  if (value instanceof CellProblem) return value;
  if (!Number.isInteger(value)) return new CellProblem(`not a whole number "${raw}"`);
  if (!Number.isSafeInteger(value)) return new CellProblem(`number too large "${raw}"`);
  return value;
}

/** Counts of people or places: population, children, capacity. */
export const parseCount: CellParser<number> = (raw) => {
  const value = readWholeNumber(raw);
  if (value instanceof CellProblem) return value;
  return value < 0 ? new CellProblem(`negative number "${raw}" (expected 0 or more)`) : value;
};

const YEAR_RANGE = { min: 1900, max: 2100 } as const;

export const parseYear: CellParser<number> = (raw) => {
  const value = readWholeNumber(raw);
  if (value instanceof CellProblem) return value;
  return value < YEAR_RANGE.min || value > YEAR_RANGE.max
    ? new CellProblem(`year ${raw} out of range (expected ${YEAR_RANGE.min} to ${YEAR_RANGE.max})`)
    : value;
};

/** Euro amounts: cents are allowed. */
export const parseAmount: CellParser<number> = (raw) => {
  const value = readNumber(raw);
  if (value instanceof CellProblem) return value;
  if (!Number.isFinite(value)) return new CellProblem(`number too large "${raw}"`);
  return value < 0 ? new CellProblem(`negative number "${raw}" (expected 0 or more)`) : value;
};

export const parseBoolean: CellParser<boolean> = (raw) => {
  const lower = raw.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return new CellProblem(`expected true or false, found "${raw}"`);
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date that exists: 2025-02-29 has the right shape but is rejected. */
export const parseIsoDate: CellParser<string> = (raw) => {
  const match = ISO_DATE.exec(raw);
  if (match !== null) {
    const [, year, month, day] = match.map(Number);
    const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
    if (date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day) return raw;
  }
  return new CellProblem(`not a valid date "${raw}" (expected an existing date as YYYY-MM-DD)`);
};
