// The parameter block in cypher/findings/README.md is what a researcher pastes into Neo4j Browser:
// it must match the vocabulary and defaults the application sends, or hand-run queries would differ.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_RULE_PARAMETERS, LOCAL_NETWORK_TYPES } from '@knooppunt/server/domain/findings';
import { FUNCTION_DOMAIN, NETWORK_TYPE_DOMAINS } from '@knooppunt/server/domain/vocabulary';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(fileURLToPath(new URL('../../cypher/findings/README.md', import.meta.url)), 'utf8');

/** A Cypher literal of strings, numbers, lists and maps, read as JSON. */
function parameter(name: string): unknown {
  const line = readme.split('\n').find((text) => text.startsWith(`:param ${name} => `));
  if (line === undefined) throw new Error(`no :param ${name} in the README`);
  const literal = line.slice(`:param ${name} => `.length).replace(/'/g, '"').replace(/([{,]\s*)([A-Za-z_]+):/g, '$1"$2":');
  return JSON.parse(literal);
}

describe('cypher/findings/README.md', () => {
  it('gives the vocabulary and default parameters the Neo4j store sends', () => {
    expect(parameter('functionDomains')).toEqual(FUNCTION_DOMAIN);
    expect(parameter('networkTypeDomains')).toEqual(NETWORK_TYPE_DOMAINS);
    expect(parameter('localNetworkTypes')).toEqual(LOCAL_NETWORK_TYPES);
    expect(parameter('zorgraadSectors')).toEqual(DEFAULT_RULE_PARAMETERS.zorgraadSectors);
    expect(parameter('reachFunctions')).toEqual(DEFAULT_RULE_PARAMETERS.reachFunctions);
    expect(parameter('childcarePer100')).toBe(DEFAULT_RULE_PARAMETERS.childcarePer100);
    expect(parameter('forumLoad')).toBe(DEFAULT_RULE_PARAMETERS.forumLoad);
    expect(parameter('unequalRatio')).toBe(DEFAULT_RULE_PARAMETERS.unequalRatio);
    expect(parameter('year')).toBeNull();
  });
});
