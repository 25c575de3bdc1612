// Acceptance: the worked example of the rule catalogue (fixtures/examples, copied from the product's
// domain description) gives exactly the listed (rule, subject, severity, key) findings, rule by rule.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS, type RuleId } from '../domain/findings';
import { applyImport } from '../graph/apply-import';
import { datasetToGraph } from '../graph/dataset-to-graph';
import { createGraph, type KnooppuntGraph } from '../graph/knooppunt-graph';
import { readDataset } from '../import/read-dataset';
import { runRules } from './run-rules';

const examples = fileURLToPath(new URL('../../../fixtures/examples/', import.meta.url));
const expected = JSON.parse(readFileSync(`${examples}example1-expected-findings.json`, 'utf8')) as {
  rule: RuleId;
  subject: string;
  severity: string;
  key: string;
}[];

let graph: KnooppuntGraph;
beforeAll(async () => {
  graph = applyImport(createGraph(), datasetToGraph(await readDataset(`${examples}example1`)), true);
});

const triple = (finding: { rule: string; subject: string; severity: string; key: string }) =>
  `${finding.rule} ${finding.subject} ${finding.severity} ${finding.key}`;

describe('worked example 1', () => {
  it.each(RULE_IDS)('%s gives exactly the expected findings', (rule) => {
    const actual = runRules(graph, undefined, [rule]).map((finding) => triple({ ...finding, key: finding.evidence.key }));
    const wanted = expected.filter((finding) => finding.rule === rule).map(triple);
    expect(actual.sort()).toEqual(wanted.sort());
  });

  it('lists 82 findings over all 20 rules, each id once', () => {
    const findings = runRules(graph);
    expect(findings).toHaveLength(82);
    expect(new Set(findings.map((finding) => finding.id)).size).toBe(82);
    expect(new Set(findings.map((finding) => finding.rule)).size).toBe(20);
  });
});
