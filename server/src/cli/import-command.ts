// `knooppunt import <dir|file.json|file.zip> [--replace]`: all or nothing, every error as file:line: column: message.
import { DatasetValidationError, formatImportError, omittedNote } from '../domain/import-error';
import { readDataset } from '../import/read-dataset';
import type { GraphStore } from '../store/graph-store';
import { progressLine } from './progress';

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function importCommand(store: GraphStore, path: string, replace: boolean, io: CommandIo): Promise<number> {
  const progress = progressLine();
  const started = performance.now();
  try {
    const dataset = await readDataset(path, {
      onProgress: ({ phase, file, rows }) => progress.update(`${phase === 'parse' ? 'reading' : 'checking'} ${file}: ${rows.toLocaleString('en')} rows`),
    });
    const summary = await store.importDataset(dataset, {
      replace,
      onProgress: ({ phase, total }) => progress.update(`${phase === 'persist' ? 'saving' : 'writing'} ${total.toLocaleString('en')} rows to ${store.location}`),
    });
    progress.done();
    const seconds = (performance.now() - started) / 1000;
    io.out(
      `imported ${summary.rows} rows from ${path} in ${seconds.toFixed(2)} s${summary.replaced ? ' (replaced)' : ''}: ` +
        `${summary.counts.nodes} nodes, ${summary.counts.relationships} relationships in ${store.location}`,
    );
    for (const [label, count] of Object.entries(summary.counts.nodesByLabel)) io.out(`  ${label}: ${count}`);
    return 0;
  } catch (error) {
    progress.done();
    if (error instanceof DatasetValidationError) {
      for (const importError of error.errors) io.err(formatImportError(importError));
      if (error.omitted > 0) io.err(omittedNote(error.omitted));
      io.err(`${error.total} error(s); nothing was imported`);
      return 1;
    }
    throw error;
  }
}
