// A rule is one folder, registered once: the catalogue holds exactly the ids of RULE_IDS, every folder here
// is a registered rule with all its parts, every rule has its Cypher file and no Cypher file is left without
// a rule, and no list of rules is written by hand anywhere else in the product.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PARAMETERS, FINDING_KINDS, RULE_IDS, ruleFileName, ruleKind, SEVERITIES } from '../../domain/findings';
import { ruleParametersSchema } from '../../domain/findings.schema';
import { repositoryRoot } from '../../repository-root';
import { RULE_CATALOGUE } from './catalogue';
import type { RuleExplanation } from './rule-parts';

const RULES_FOLDER = join(repositoryRoot(), 'server/src/analysis/rules');
const FOLDER_PARTS = ['about.ts', 'detect.ts', 'explanation.ts', 'message.ts', 'rule.ts'];

const ruleFolders = (): string[] => readdirSync(RULES_FOLDER).filter((entry) => statSync(join(RULES_FOLDER, entry)).isDirectory()).sort();

/** What is wrong with the Cypher files under cypher/findings/ for these rule file names: missing ones and orphans. */
function cypherProblems(ruleFiles: readonly string[], cypherFiles: readonly string[]): string[] {
  const present = new Set(cypherFiles.filter((file) => file.endsWith('.cypher')));
  return [
    ...ruleFiles.filter((rule) => !present.has(`${rule}.cypher`)).map((rule) => `cypher/findings/${rule}.cypher is missing`),
    ...[...present].filter((file) => !ruleFiles.includes(file.replace(/\.cypher$/, ''))).map((file) => `cypher/findings/${file} belongs to no rule`),
  ];
}

/** The source without its comments, roughly (a `//` after a colon or quote, as in a URL, is kept). */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/**
 * Why a source file looks like a hand-written list of rules: a rule id used as an object key (a per-rule
 * map), or three or more rule ids named in one file. Naming one or two rules to use them is fine.
 */
function handWrittenRuleList(source: string, ruleIds: readonly string[]): string | undefined {
  const code = withoutComments(source);
  const keyed = ruleIds.filter((id) => new RegExp(`(^|[{,(])\\s*['"]?${id}['"]?\\s*:(?!:)`, 'm').test(code));
  if (keyed.length > 0) return `rule ids as object keys: ${keyed.join(', ')}`;
  const named = ruleIds.filter((id) => new RegExp(`\\b${id}\\b`).test(code));
  return named.length >= 3 ? `names ${named.length} rules: ${named.join(', ')}` : undefined;
}

/**
 * The files allowed to name many rules, and why. Everything else that goes per rule is in the rule's folder
 * or read from the catalogue.
 */
const MAY_LIST_RULES: Readonly<Record<string, string>> = {
  'server/src/domain/vocabulary.ts': 'RULE_IDS, the id list the schemas validate with (catalogue.ts says why it is there)',
  'server/src/analysis/rules/catalogue.ts': 'the one list that registers the rule folders',
  'server/src/domain/findings.schema.ts': 'the API’s description of each threshold parameter names the rule that reads it (checked below)',
  'fixtures/lib/rule-witnesses.ts': 'the demo’s independent witness that it plants every rule: an oracle, so deliberately not the rules’ own code',
  'fixtures/build-demo/readme.ts': 'the demo README’s table of where the demo plants each rule',
};

function productSources(): Map<string, string> {
  const sources = new Map<string, string>();
  for (const folder of ['server/src', 'web/src', 'fixtures']) {
    for (const entry of readdirSync(join(repositoryRoot(), folder), { recursive: true, encoding: 'utf8' })) {
      const file = `${folder}/${entry.split('\\').join('/')}`;
      if (!/\.tsx?$/.test(file) || /(^|[/.-])test[-.]/.test(file) || file.includes('/node_modules/')) continue;
      sources.set(file, readFileSync(join(repositoryRoot(), file), 'utf8'));
    }
  }
  return sources;
}

describe('the rule catalogue', () => {
  it('registers exactly the ids of RULE_IDS, in their order, each under its own id', () => {
    expect(Object.keys(RULE_CATALOGUE)).toStrictEqual([...RULE_IDS]);
    expect(RULE_IDS.filter((id) => RULE_CATALOGUE[id].id !== id)).toStrictEqual([]);
  });

  it('has a folder per registered rule, named after its id, holding every part, and no other folder', () => {
    expect(ruleFolders()).toStrictEqual(RULE_IDS.map(ruleFileName).sort());
    const missing = RULE_IDS.flatMap((id) => {
      const present = new Set(readdirSync(join(RULES_FOLDER, ruleFileName(id))));
      return FOLDER_PARTS.filter((part) => !present.has(part)).map((part) => `${ruleFileName(id)}/${part}`);
    });
    expect(missing).toStrictEqual([]);
  });

  it('gives every rule exactly its Cypher file, and cypher/findings/ no file without a rule', () => {
    const cypherFiles = readdirSync(join(repositoryRoot(), 'cypher/findings'));
    expect(cypherFiles.filter((file) => file.endsWith('.cypher'))).toHaveLength(RULE_IDS.length);
    expect(cypherProblems(RULE_IDS.map(ruleFileName), cypherFiles)).toStrictEqual([]);
  });

  it('catches a missing and an orphaned Cypher file', () => {
    expect(cypherProblems(['gap-no-lok', 'gap-no-gbo'], ['gap-no-lok.cypher', 'gap-no-boa.cypher', 'README.md'])).toStrictEqual([
      'cypher/findings/gap-no-gbo.cypher is missing',
      'cypher/findings/gap-no-boa.cypher belongs to no rule',
    ]);
  });

  it('names every rule and explains it in Dutch and English', () => {
    const empty = RULE_IDS.flatMap((id) => {
      const { name, explanation } = RULE_CATALOGUE[id];
      const texts = { 'name.nl': name.nl, 'name.en': name.en, ...prefixed('nl', explanation.nl), ...prefixed('en', explanation.en) };
      return Object.entries(texts)
        .filter(([, text]) => text.trim().length < 3)
        .map(([part]) => `${id} ${part}`);
    });
    expect(empty).toStrictEqual([]);
    expect(new Set(RULE_IDS.map((id) => RULE_CATALOGUE[id].name.nl)).size).toBe(RULE_IDS.length);
    expect(new Set(RULE_IDS.map((id) => RULE_CATALOGUE[id].name.en)).size).toBe(RULE_IDS.length);
  });

  it('gives every rule severities and parameters from the closed lists, and a kind from its id', () => {
    const parameterNames = Object.keys(DEFAULT_RULE_PARAMETERS).concat('year');
    for (const id of RULE_IDS) {
      const { severities, parameters } = RULE_CATALOGUE[id];
      expect(severities.length, id).toBeGreaterThan(0);
      expect(severities.filter((severity) => !SEVERITIES.includes(severity)), id).toStrictEqual([]);
      expect(parameters.filter((parameter) => !parameterNames.includes(parameter)), id).toStrictEqual([]);
      expect(FINDING_KINDS, id).toContain(ruleKind(id));
    }
    expect(ruleKind('GAP_NO_LOK')).toBe('gap');
    expect(ruleKind('BOUNDARY_CONTINUITY')).toBe('boundary');
  });

  it('agrees with the API’s description of the threshold parameters on which rule reads which', () => {
    const disagreeing = Object.entries(ruleParametersSchema.shape).flatMap(([parameter, schema]) => {
      const named = RULE_IDS.filter((id) => new RegExp(`\\b${id}\\b`).test(schema.description ?? ''));
      const readers = RULE_IDS.filter((id) => (RULE_CATALOGUE[id].parameters as readonly string[]).includes(parameter));
      const wrong = named.filter((id) => !readers.includes(id));
      return parameter !== 'year' && named.length === 0 ? [`${parameter} names no rule`] : wrong.map((id) => `${parameter} names ${id}, which does not read it`);
    });
    expect(disagreeing).toStrictEqual([]);
  });

  it('keeps about.ts and explanation.ts free of imports but types, so the web app takes no code along with them', () => {
    const importing = RULE_IDS.flatMap((id) =>
      ['about.ts', 'explanation.ts'].filter((part) =>
        /^import (?!type )/m.test(readFileSync(join(RULES_FOLDER, ruleFileName(id), part), 'utf8')),
      ).map((part) => `${ruleFileName(id)}/${part}`),
    );
    expect(importing).toStrictEqual([]);
  });
});

describe('no list of rules written by hand outside the catalogue', () => {
  const sources = productSources();

  it('reads the product’s sources (the check would pass vacuously without them)', () => {
    expect(sources.size).toBeGreaterThan(300);
    expect([...sources.keys()].filter((file) => file.startsWith('web/src/'))).not.toHaveLength(0);
    expect([...sources.keys()].filter((file) => MAY_LIST_RULES[file] !== undefined)).toHaveLength(Object.keys(MAY_LIST_RULES).length);
  });

  it('finds no per-rule map or list outside the rule folders and the allowed files', () => {
    const folders = RULE_IDS.map((id) => `server/src/analysis/rules/${ruleFileName(id)}/`);
    const found = [...sources]
      .filter(([file]) => MAY_LIST_RULES[file] === undefined && !folders.some((folder) => file.startsWith(folder)))
      .map(([file, source]) => ({ file, problem: handWrittenRuleList(source, RULE_IDS) }))
      .filter(({ problem }) => problem !== undefined)
      .map(({ file, problem }) => `${relative('.', file)}: ${problem}`);
    expect(found).toStrictEqual([]);
  });

  it('catches a planted per-rule map, a planted list, and lets one named rule pass', () => {
    const ids = ['GAP_NO_LOK', 'GAP_NO_GBO', 'OVERLAP_SAME_TYPE'];
    expect(handWrittenRuleList("const COST: Partial<Record<RuleId, number>> = {\n  GAP_NO_LOK: 3,\n};", ids)).toBe('rule ids as object keys: GAP_NO_LOK');
    expect(handWrittenRuleList("const M = { 'GAP_NO_GBO': 'x' };", ids)).toBe('rule ids as object keys: GAP_NO_GBO');
    expect(handWrittenRuleList("const GAPS = ['GAP_NO_LOK', 'GAP_NO_GBO', 'OVERLAP_SAME_TYPE'];", ids)).toBe(
      'names 3 rules: GAP_NO_LOK, GAP_NO_GBO, OVERLAP_SAME_TYPE',
    );
    expect(handWrittenRuleList("if (finding.rule === 'GAP_NO_LOK') return a ? 'GAP_NO_GBO' : b;\n// GAP_NO_LOK, GAP_NO_GBO, OVERLAP_SAME_TYPE", ids)).toBeUndefined();
  });
});

function prefixed(lang: string, explanation: RuleExplanation): Record<string, string> {
  return Object.fromEntries(Object.entries(explanation).map(([part, text]) => [`${lang}.${part}`, text]));
}
