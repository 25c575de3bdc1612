// One validation error of an import, printed as `file:line: column: message` (DOMAIN.md §3).

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

/** Thrown by the import when the dataset is invalid; carries every error, not just the first. */
export class DatasetValidationError extends Error {
  readonly errors: readonly ImportError[];

  constructor(errors: readonly ImportError[]) {
    super(`the dataset has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatImportError).join('\n')}`);
    this.name = 'DatasetValidationError';
    this.errors = errors;
  }
}
