// The rule catalogue (docs/rules.md) on Neo4j: one query per rule in cypher/findings/, each returning one row per
// detection (subject, key, severity, related, evidence). The rows become the same Detections the embedded rules
// give, so both stores word them with the same renderers (analysis/run-rules.ts, findingsFrom).
import type { ManagedTransaction } from 'neo4j-driver';
import { detection, type Detection } from '../../analysis/finding';
import { LOCAL_NETWORK_TYPES, RULE_IDS, type RuleId, type RuleParameters } from '../../domain/findings';
import { FUNCTION_DOMAIN, NETWORK_TYPE_DOMAINS } from '../../domain/vocabulary';
import { compareIds } from '../../graph/knooppunt-graph';
import { DataChangedError, type PublishedWork } from './neo4j-connection';
import { runQuery } from './queries/cypher-query';
import { findingQuery, type DetectionRow } from './queries/finding-queries';
import { graphQueries } from './queries/graph-queries';
import { ruleGroups } from './rule-groups';

/**
 * The named parameters every finding query may use: the rule parameters, plus the vocabulary tables, so the
 * Cypher never repeats them. `year` is null when every year's funding counts.
 */
export function findingQueryParameters(parameters: RuleParameters): Record<string, unknown> {
  return {
    zorgraadSectors: [...parameters.zorgraadSectors],
    childcarePer100: parameters.childcarePer100,
    reachFunctions: [...parameters.reachFunctions],
    forumLoad: parameters.forumLoad,
    unequalRatio: parameters.unequalRatio,
    year: parameters.year ?? null,
    functionDomains: { ...FUNCTION_DOMAIN },
    networkTypeDomains: Object.fromEntries(Object.entries(NETWORK_TYPE_DOMAINS).map(([type, domains]) => [type, [...domains]])),
    localNetworkTypes: [...LOCAL_NETWORK_TYPES],
  };
}

/** Lists of strings (ids, sectors, domains) come back sorted by Cypher already; sorted again here in code-unit order, to be sure. */
function plainEvidence(evidence: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(evidence)) {
    result[key] = Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...(value as string[])].sort(compareIds) : value;
  }
  return result;
}

export function toDetection(rule: RuleId, row: DetectionRow): Detection {
  return detection({ rule, subject: row.subject, key: row.key, severity: row.severity, related: row.related, evidence: plainEvidence(row.evidence) });
}

const ID_PREFIX = /^(nis|net|org|zone|offer):/;

/** Ids per name lookup: ten-fold findings mention tens of thousands of nodes. */
const NAME_LOOKUP_IDS = 5_000;

/** Every node id a detection mentions: the subject, the related ids and the ids in its evidence. */
function mentionedIds(found: Detection): string[] {
  const ids = [found.subject, ...found.related];
  for (const value of Object.values(found.evidence)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string' && ID_PREFIX.test(item)) ids.push(item);
    }
  }
  return ids;
}

export interface Neo4jDetections {
  detections: Detection[];
  /** The display name of every id the detections mention (nodeName: an offer without a name shows its function). */
  names: Map<string, string>;
}

/**
 * Runs the rules' queries on one generation in the caller's (read) transaction, so every rule sees the same data, then looks up
 * the names in one query. The queries are sent together (pipelined) and read in order: awaiting each before
 * sending the next costs a network round trip per rule, about half the total time at Flanders scale.
 */
export async function readDetections(
  tx: ManagedTransaction,
  generation: string | null,
  parameters: RuleParameters,
  only: readonly RuleId[] = RULE_IDS,
): Promise<Neo4jDetections> {
  const queryParameters = { ...findingQueryParameters(parameters), generation };
  const results = await Promise.all(only.map((rule) => runQuery(tx, findingQuery(rule), queryParameters)));
  const detections = results.flatMap((rows, index) => rows.map((row) => toDetection(only[index]!, row)));
  const ids = [...new Set(detections.flatMap(mentionedIds))];
  const names = new Map<string, string>();
  for (let start = 0; start < ids.length; start += NAME_LOOKUP_IDS) {
    const rows = await runQuery(tx, graphQueries.nodeNames, { ids: ids.slice(start, start + NAME_LOOKUP_IDS), generation });
    for (const row of rows) names.set(row.id, row.name);
  }
  return { detections, names };
}

/** How often concurrent readers that saw different generations (an import published meanwhile) read again. */
const CONCURRENT_READ_ATTEMPTS = 4;

export interface GenerationDetections extends Neo4jDetections {
  /** The published generation every rule read. */
  generation: string | null;
}

/**
 * The rules split over `transactions` read transactions run at the same time (rule-groups.ts): Neo4j runs one
 * query on one core, so on a machine with cores to spare the slowest group, not the sum, sets the time. Every
 * group must have read the same generation (generations never change once published, so they then saw the
 * same data); when an import published a new one in between, all are read again.
 */
export async function readDetectionsConcurrently(
  readCurrent: <T>(work: PublishedWork<T>) => Promise<T>,
  parameters: RuleParameters,
  only: readonly RuleId[],
  transactions: number,
): Promise<GenerationDetections> {
  const groups = ruleGroups(only, transactions);
  if (groups.length === 0) return readCurrent(async (_tx, generation) => ({ generation, detections: [], names: new Map() }));
  for (let attempt = 1; ; attempt += 1) {
    const parts = await Promise.all(
      groups.map((group) => readCurrent(async (tx, generation) => ({ generation, ...(await readDetections(tx, generation, parameters, group)) }))),
    );
    const generation = parts[0]!.generation;
    if (parts.every((part) => part.generation === generation)) {
      return {
        generation,
        detections: parts.flatMap((part) => part.detections),
        names: new Map(parts.flatMap((part) => [...part.names])),
      };
    }
    if (attempt === CONCURRENT_READ_ATTEMPTS) throw new DataChangedError();
  }
}
