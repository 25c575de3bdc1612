// The rows of the rule queries (cypher/findings/, one file per rule): all alike, one row per detection.
import { z } from 'zod';
import { ruleFileName, SEVERITIES, type RuleId } from '../../../domain/findings';
import { defineQuery, type CypherQuery } from './cypher-query';
import { propertyMap, texts } from './neo4j-values';

/** Evidence values differ per rule (numbers, ids, lists of ids); the renderers read them (analysis/finding.ts). */
const detectionRow = { subject: z.string(), key: z.string(), severity: z.enum(SEVERITIES), related: texts, evidence: propertyMap };
export type DetectionRow = z.output<z.ZodObject<typeof detectionRow>>;

/** cypher/findings/<rule file name>.cypher, named like the rule's folder (analysis/rules/<rule file name>/). */
export function findingQuery(rule: RuleId): CypherQuery<DetectionRow> {
  return defineQuery(`findings/${ruleFileName(rule)}`, detectionRow);
}
