// The server's architecture, checked: folders import only downwards through these layers, and no folder
// cycle exists, in the product's code (tests may compose layers). A new folder must be placed in a layer
// here before the test passes.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { folderCycles, folderImports, isTestCode, layerReport, type Layers } from './testing/import-graph';

/** Bottom up. Folders in one layer may import each other, as long as no cycle forms. */
const SERVER_LAYERS: Layers = [
  // Types, ids, vocabularies and pure helpers shared by everything (and by the web app).
  ['domain'],
  // Reading datasets, the graph and its queries, the rules, the driver-free Neo4j model (query texts,
  // stored properties), boundary and centroid files, test-data generators, and where the repository is.
  ['import', 'graph', 'analysis', 'neo4j-model', 'geo', 'testing', 'repository-root'],
  // The GraphStore port and its two adapters.
  ['store'],
  // What is built on top of a store: exports and snapshots.
  ['export', 'snapshots'],
  // The entry points: the HTTP app, the command line, configuration and start-up (a busy port found first).
  ['http', 'cli', 'config', 'serve', 'index', 'port-in-use'],
];

const root = dirname(fileURLToPath(import.meta.url));

function sourceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const file = entry.split('\\').join('/');
    if (/\.tsx?$/.test(file) && !file.endsWith('.d.ts') && !isTestCode(file)) files.set(file, readFileSync(join(root, file), 'utf8'));
  }
  return files;
}

describe('server/src folder layers', () => {
  const imports = folderImports(sourceFiles());

  it('reads a real import graph (the check would pass vacuously on an empty one)', () => {
    expect(imports.filter((entry) => entry.fromFolder === 'store' && entry.toFolder === 'domain').length).toBeGreaterThan(10);
  });

  it('has no folder cycle', () => {
    expect(folderCycles(imports)).toEqual([]);
  });

  it('imports only downwards: domain ← import/graph/analysis ← store ← export/snapshots ← http/cli', () => {
    const report = layerReport(imports, SERVER_LAYERS);
    expect(report.unplaced).toEqual([]);
    expect(report.upward.map((entry) => `${entry.fromFile} → ${entry.toFile}`)).toEqual([]);
  });
});
