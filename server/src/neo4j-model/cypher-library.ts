// The .cypher files under cypher/ are the source of truth: the Neo4j store runs them as they are, so a
// researcher can read and paste the very same queries into Neo4j Browser. Free of the driver and below
// both the Neo4j store and the exports: the Cypher export writes the same schema files into its script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from '../repository-root';

const CYPHER_ROOT = join(repositoryRoot(), 'cypher');
const loaded = new Map<string, string>();

/** One query file (path relative to cypher/, without .cypher), comments kept. */
export function cypher(name: string): string {
  let text = loaded.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_ROOT, `${name}.cypher`), 'utf8');
    loaded.set(name, text);
  }
  return text;
}

/** A file of several statements (the schema), split at the semicolons that end lines. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*$/m)
    .map((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((statement) => statement.length > 0);
}

/**
 * A statement shape for a script Knooppunt writes (cypher/export/script/): its `{{name}}` holes filled with
 * `values`, which the caller has made safe Cypher (quoted literals, checked names); the file's leading
 * comment, which says what the holes are, left out.
 */
export function cypherTemplate(name: string, values: Readonly<Record<string, string>>): string {
  const body = cypher(name).replace(/^(\s*\/\/.*\n)+/, '').trim();
  return body.replace(/\{\{(\w+)\}\}/g, (_, hole: string) => {
    const value = values[hole];
    if (value === undefined) throw new Error(`cypher/${name}.cypher: no value for {{${hole}}}`);
    return value;
  });
}
