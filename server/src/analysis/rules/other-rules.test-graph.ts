// Tiny hand-made graphs for the worked examples of the overlap, conflict and boundary rules.
import { emptyDataset, type Dataset } from '../../domain/dataset';
import { DEFAULT_RULE_PARAMETERS, type RuleParameters } from '../../domain/findings';
import { applyImport } from '../../graph/apply-import';
import { datasetToGraph } from '../../graph/dataset-to-graph';
import { createGraph, type KnooppuntGraph } from '../../graph/knooppunt-graph';
import type { Detection, Rule } from '../finding';
import { nameOf } from '../graph-facts';

export function graphOf(tables: Partial<Dataset>): KnooppuntGraph {
  return applyImport(createGraph(), datasetToGraph({ ...emptyDataset(), ...tables }), true);
}

/** Municipalities 10000, 10001, … named "Gemeente 10000", …; every id a test uses exists. */
export function municipalities(...nis: string[]): Dataset['municipalities'] {
  return nis.map((code) => ({ nis: code, name: `Gemeente ${code}` }));
}

/** The rule's detections sorted by subject and key, so expectations read in a fixed order. */
export function run(rule: Rule, graph: KnooppuntGraph, parameters: Partial<RuleParameters> = {}): Detection[] {
  return rule(graph, { ...DEFAULT_RULE_PARAMETERS, ...parameters }).sort((a, b) =>
    `${a.subject} ${a.key}` < `${b.subject} ${b.key}` ? -1 : `${a.subject} ${a.key}` > `${b.subject} ${b.key}` ? 1 : 0,
  );
}

export const namesIn = (graph: KnooppuntGraph) => (id: string) => nameOf(graph, id);
