import { describe, expect, it } from 'vitest';
import { folderCycles, folderImports, folderOf, isTestCode, layerReport, type Layers } from './import-graph';

const layers: Layers = [['domain'], ['graph'], ['store'], ['export']];

describe('the folder-level import graph', () => {
  it('names a file by its top-level folder, or by its own name at the root', () => {
    expect(folderOf('store/neo4j/neo4j-store.ts')).toBe('store');
    expect(folderOf('serve.ts')).toBe('serve');
    expect(folderOf('config.test.ts')).toBe('config');
  });

  it('tells test code (tests and their support modules) from the product', () => {
    expect(['a/b.test.ts', 'export/test-graph.ts', 'import/test-support.ts', 'analysis/x/profile-test-dataset.ts'].filter(isTestCode)).toHaveLength(4);
    expect(['testing/dataset-arbitrary.ts', 'analysis/contest.ts', 'import/attestation.ts', 'domain/latest-test.ts'].filter(isTestCode)).toEqual(['domain/latest-test.ts']);
  });

  it('reads static, type-only, re-exported and dynamic imports, and leaves packages and same-folder imports out', () => {
    const files = new Map([
      [
        'export/a.ts',
        [
          "import { x } from '../domain/x';",
          "import type { Y } from '../graph/y';",
          "export { z } from '../store/neo4j/z';",
          "const later = () => import('../serve');",
          "import ts from 'typescript';",
          "import { b } from './b';",
        ].join('\n'),
      ],
    ]);
    expect(folderImports(files).map((entry) => `${entry.toFolder} ${entry.toFile}`)).toEqual(['domain domain/x', 'graph graph/y', 'store store/neo4j/z', 'serve serve']);
  });

  it('finds a planted cycle through three folders, and none once it is broken', () => {
    const planted = new Map([
      ['store/s.ts', "import { e } from '../export/e';"],
      ['export/e.ts', "import { g } from '../graph/g';"],
      ['graph/g.ts', "import { s } from '../store/s';"],
      ['domain/d.ts', ''],
    ]);
    expect(folderCycles(folderImports(planted))).toEqual([['export', 'graph', 'store']]);
    planted.set('graph/g.ts', "import { d } from '../domain/d';");
    expect(folderCycles(folderImports(planted))).toEqual([]);
  });

  it('reports an import against the layer order with its file, and accepts the same import pointing down', () => {
    const upward = layerReport(folderImports(new Map([['store/s.ts', "import { e } from '../export/e';"]])), layers);
    expect(upward.upward).toEqual([{ fromFile: 'store/s.ts', toFile: 'export/e', fromFolder: 'store', toFolder: 'export' }]);
    const downward = layerReport(folderImports(new Map([['export/e.ts', "import { s } from '../store/s';"]])), layers);
    expect(downward).toEqual({ upward: [], unplaced: [] });
  });

  it('reports a folder that belongs to no layer', () => {
    const report = layerReport(folderImports(new Map([['reports/r.ts', "import { d } from '../domain/d';"]])), layers);
    expect(report).toEqual({ upward: [], unplaced: ['reports'] });
  });
});
