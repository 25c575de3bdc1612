// The folder-level import graph of a source tree, for the architecture test (folder-layers.test.ts): which
// top-level folder imports which, the cycles among them, and the imports that go against the layer order.
// Pure over file texts; the imports are read with the TypeScript compiler's own pre-processor, so `import
// type`, `export … from` and dynamic `import()` all count.
import { posix } from 'node:path';
import ts from 'typescript';

/** One relative import that crosses from one top-level folder to another. */
export interface FolderImport {
  fromFile: string;
  toFile: string;
  fromFolder: string;
  toFolder: string;
}

/**
 * The unit the layers are made of: a file's top-level folder under the root (`store/neo4j/x.ts` → `store`),
 * or, for a file directly in the root, its name without extension (`serve.ts` → `serve`).
 */
export function folderOf(file: string): string {
  const [first, ...rest] = file.split('/');
  return rest.length === 0 ? first!.split('.')[0]! : first!;
}

/**
 * Tests and their support modules (`x.test.ts`, `test-graph.ts`, `profile-test-dataset.ts`): they compose
 * the layers (a rule's test may fill an embedded store), so the layer order applies to the product only.
 */
export function isTestCode(file: string): boolean {
  return /(^|[/.-])test[-.]/.test(file);
}

/** Every relative import in `files` (paths relative to the root, `/`-separated) that leaves its folder. */
export function folderImports(files: ReadonlyMap<string, string>): FolderImport[] {
  const crossing: FolderImport[] = [];
  for (const [fromFile, text] of files) {
    for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
      const toFile = posix.normalize(posix.join(posix.dirname(fromFile), specifier));
      const fromFolder = folderOf(fromFile);
      const toFolder = folderOf(toFile);
      if (fromFolder !== toFolder) crossing.push({ fromFile, toFile, fromFolder, toFolder });
    }
  }
  return crossing;
}

/** The folder cycles (strongly connected sets of two or more folders), each sorted, found with Tarjan's algorithm. */
export function folderCycles(imports: readonly FolderImport[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { fromFolder, toFolder } of imports) {
    if (!next.has(fromFolder)) next.set(fromFolder, new Set());
    next.get(fromFolder)!.add(toFolder);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (folder: string): void => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder)!);
    stack.push(folder);
    onStack.add(folder);
    for (const target of next.get(folder) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(folder, Math.min(low.get(folder)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(folder, Math.min(low.get(folder)!, index.get(target)!));
      }
    }
    if (low.get(folder) !== index.get(folder)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== folder);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const folder of [...next.keys()].sort()) if (!index.has(folder)) visit(folder);
  return cycles;
}

/** Layers from the bottom up: a folder may import its own layer and the ones below, never one above. */
export type Layers = readonly (readonly string[])[];

export interface LayerReport {
  /** Imports from a lower layer into a higher one. */
  upward: FolderImport[];
  /** Folders that import or are imported but belong to no layer, so nothing can be said about them. */
  unplaced: string[];
}

export function layerReport(imports: readonly FolderImport[], layers: Layers): LayerReport {
  const rank = new Map<string, number>();
  layers.forEach((folders, level) => folders.forEach((folder) => rank.set(folder, level)));
  const unplaced = new Set<string>();
  const upward: FolderImport[] = [];
  for (const entry of imports) {
    const from = rank.get(entry.fromFolder);
    const to = rank.get(entry.toFolder);
    if (from === undefined) unplaced.add(entry.fromFolder);
    if (to === undefined) unplaced.add(entry.toFolder);
    if (from !== undefined && to !== undefined && to > from) upward.push(entry);
  }
  return { upward, unplaced: [...unplaced].sort() };
}
