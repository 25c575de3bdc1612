// Runs the rule catalogue (docs/rules.md) on the embedded graph: every rule, or the ones asked for.
import { DEFAULT_RULE_PARAMETERS, RULE_IDS, type Finding, type RuleId, type RuleParameters } from '../domain/findings';
import { compareIds, type KnooppuntGraph } from '../graph/knooppunt-graph';
import { toFinding, type Detection } from './finding';
import { nameOf } from './graph-facts';
import { RULE_CATALOGUE } from './rules/catalogue';

/**
 * Words detections and sorts them by id, so every run and every store lists findings alike. Shared by both
 * stores: a detection from Cypher is worded exactly like one from graphology.
 */
export function findingsFrom(detections: readonly Detection[], name: (id: string) => string): Finding[] {
  return detections.map((found) => toFinding(found, RULE_CATALOGUE[found.rule].message(found, name))).sort((a, b) => compareIds(a.id, b.id));
}

export function runRules(
  graph: KnooppuntGraph,
  parameters: RuleParameters = DEFAULT_RULE_PARAMETERS,
  only: readonly RuleId[] = RULE_IDS,
): Finding[] {
  const detections = only.flatMap((rule) => RULE_CATALOGUE[rule].detect(graph, parameters));
  return findingsFrom(detections, (id) => nameOf(graph, id));
}
