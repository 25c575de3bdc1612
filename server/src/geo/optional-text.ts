// Reads a data file the server can do without (centroids, boundaries): undefined when it is absent.
import { readFile } from 'node:fs/promises';

export async function readOptionalText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
