// Options shared by every entry point of the import.

/** Reported after each file is read (`parse`) and after its rows are checked against the others (`validate`). */
export interface ImportProgress {
  phase: 'parse' | 'validate';
  file: string;
  rows: number;
}

export interface ParseOptions {
  onProgress?: (progress: ImportProgress) => void;
}
