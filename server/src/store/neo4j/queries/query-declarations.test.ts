// Every query file the Neo4j store runs has its rows declared (queries/*-queries.ts), and the declarations
// agree with the files on the one thing a file shows plainly: whether it returns rows at all. The fields
// themselves are checked on every record the contract suite reads from a real Neo4j.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../domain/findings';
import { cypher } from '../../../neo4j-model/cypher-library';
import { repositoryRoot } from '../../../repository-root';
import type { CypherQuery } from './cypher-query';
import { findingQuery } from './finding-queries';
import { generationQueries } from './generation-queries';
import { graphQueries } from './graph-queries';
import { importQuery } from './import-queries';
import { snapshotQueries } from './snapshot-queries';

/** Query files under these folders of cypher/ are run by the store as they are (schema/ and export/script/ are not). */
const RUN_BY_THE_STORE = ['queries', 'generations', 'snapshots', 'findings', 'export', 'import/create'];

function queryFiles(): string[] {
  return RUN_BY_THE_STORE.flatMap((folder) =>
    readdirSync(join(repositoryRoot(), 'cypher', folder))
      .filter((file) => file.endsWith('.cypher'))
      .map((file) => `${folder}/${file.replace(/\.cypher$/, '')}`),
  ).sort();
}

const importFiles = readdirSync(join(repositoryRoot(), 'cypher/import/create')).map((file) => file.replace(/\.cypher$/, ''));

const declared: CypherQuery<unknown>[] = [
  ...Object.values(graphQueries),
  ...Object.values(generationQueries),
  ...Object.values(snapshotQueries),
  ...RULE_IDS.map(findingQuery),
  ...importFiles.map(importQuery),
];

/** Whether the statement ends in rows: a RETURN outside the subqueries' braces, comments left out. */
function returnsRows(name: string): boolean {
  let depth = 0;
  let outer = '';
  for (const character of cypher(name).replace(/\/\/.*$/gm, '')) {
    if (character === '{') depth += 1;
    else if (character === '}') depth -= 1;
    else if (depth === 0) outer += character;
  }
  return /\bRETURN\b/.test(outer);
}

const returnsNothing = (query: CypherQuery<unknown>) => query.columns.length === 0;

describe('query declarations', () => {
  it('declare every query file the store runs, each once', () => {
    const names = declared.map((query) => query.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(queryFiles());
    expect(names.length).toBeGreaterThan(60);
  });

  it('declare rows for the files that return them and none for those that do not', () => {
    const disagreeing = declared.filter((query) => returnsRows(query.name) === returnsNothing(query)).map((query) => query.name);
    expect(disagreeing).toEqual([]);
    expect(declared.filter(returnsNothing).map((query) => query.name)).toContain('generations/begin');
    expect(returnsRows('queries/zone-members')).toBe(true);
    expect(returnsRows('generations/remove-content')).toBe(false);
  });
});
