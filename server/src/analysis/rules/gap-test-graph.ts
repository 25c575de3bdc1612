// Test support for the GAP_* worked examples (nabij: every rule checks what is close to home): a tiny dataset, loaded like a real import.
import { DEFAULT_RULE_PARAMETERS, type RuleParameters } from '../../domain/findings';
import { emptyDataset, type Dataset, type MunicipalityRow } from '../../domain/dataset';
import { applyImport } from '../../graph/apply-import';
import { datasetToGraph } from '../../graph/dataset-to-graph';
import { createGraph, type KnooppuntGraph } from '../../graph/knooppunt-graph';
import type { Detection, Rule } from '../finding';

/** Municipalities 91001… named "Gemeente A", "Gemeente B", … with optional extra properties. */
export function municipality(letter: string, extra: Partial<MunicipalityRow> = {}): MunicipalityRow {
  return { nis: `9100${letter.charCodeAt(0) - 64}`, name: `Gemeente ${letter}`, ...extra };
}

/** The node id of municipality `letter` (A → nis:91001). */
export const nis = (letter: string) => `nis:9100${letter.charCodeAt(0) - 64}`;

export function graphOf(tables: Partial<Dataset>): KnooppuntGraph {
  return applyImport(createGraph(), datasetToGraph({ ...emptyDataset(), ...tables }), true);
}

/** Runs a rule and sorts its detections by subject and key, so expectations read in a fixed order. */
export function run(rule: Rule, graph: KnooppuntGraph, parameters: Partial<RuleParameters> = {}): Detection[] {
  return rule(graph, { ...DEFAULT_RULE_PARAMETERS, ...parameters }).sort((a, b) =>
    a.subject === b.subject ? (a.key < b.key ? -1 : 1) : a.subject < b.subject ? -1 : 1,
  );
}

/** `subject severity key` of each detection, the way example1 lists findings. */
export const triples = (found: Detection[]) => found.map((d) => `${d.subject} ${d.severity} ${d.key}`.trim());
