// One validation error of an import, printed as `file:line: column: message` (docs/import-format.md).
import { plural, pluralWord } from './plural';

export interface ImportError {
  /** File name as the user gave it, e.g. `offers.csv` or `dataset.json`. */
  file: string;
  /** 1-based line of the record (CSV: where the record starts; JSON: where the object starts); 0 for the file as a whole. */
  line: number;
  /** The column (CSV) or field path; empty when the error concerns the whole file or row. */
  column: string;
  message: string;
}

export function formatImportError(error: ImportError): string {
  return `${error.file}:${error.line}: ${error.column}: ${error.message}`;
}

/**
 * How many errors an import keeps. A file of a million junk rows has millions of errors; nobody reads
 * past the first screens of them, and keeping them all costs gigabytes and a 200 MB answer.
 */
export const MAX_REPORTED_ERRORS = 1000;

/**
 * The errors of one import: the first `limit` are kept, later ones are only counted (`omitted`). An
 * Array, so every reader of the import pushes into it as into a plain list.
 */
export class ImportErrorList extends Array<ImportError> {
  /** map, filter and slice of this list make plain arrays. */
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  omitted = 0;
  readonly limit: number;

  constructor(limit: number = MAX_REPORTED_ERRORS) {
    super();
    this.limit = limit;
  }

  override push(...errors: ImportError[]): number {
    for (const error of errors) {
      if (this.length < this.limit) super.push(error);
      else this.omitted += 1;
    }
    return this.length;
  }
}

/** Errors left out of `errors`: counted by an ImportErrorList, none for a plain list. */
export const omittedErrors = (errors: readonly ImportError[]): number => (errors instanceof ImportErrorList ? errors.omitted : 0);

/** "and 2,999,000 more errors not listed", or nothing. */
export const omittedNote = (omitted: number): string =>
  omitted === 0 ? '' : `and ${omitted.toLocaleString('en')} more ${pluralWord('en', omitted, 'error', 'errors')} not listed (only the first ${MAX_REPORTED_ERRORS.toLocaleString('en')} are)`;

/** Thrown by the import when the dataset is invalid; carries every error (up to the limit), not just the first. */
export class DatasetValidationError extends Error {
  readonly errors: readonly ImportError[];
  /** Errors found beyond those in `errors`. */
  readonly omitted: number;

  constructor(errors: readonly ImportError[], omitted = omittedErrors(errors)) {
    const total = errors.length + omitted;
    const lines = errors.map(formatImportError);
    if (omitted > 0) lines.push(omittedNote(omitted));
    super(`the dataset has ${plural('en', total, 'error', 'errors')}:\n${lines.join('\n')}`);
    this.name = 'DatasetValidationError';
    this.errors = errors;
    this.omitted = omitted;
  }

  get total(): number {
    return this.errors.length + this.omitted;
  }
}
