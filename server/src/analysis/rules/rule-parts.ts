// What a rule folder (rules/<rule-in-kebab-case>/) holds, and the shape the catalogue (catalogue.ts) registers.
// about.ts and explanation.ts are plain data without imports, so the web app reads them straight from the
// folders (web/src/lib/rule-abouts.ts) without taking the detection code along.
import type { RuleId, RuleParameters, Severity } from '../../domain/findings';
import type { NetworkType, OfferFunction } from '../../domain/vocabulary';
import type { MessageRenderer, Rule } from '../finding';

export type RuleParameterName = keyof RuleParameters;

/** about.ts: what a rule is called and what it reads. Its kind is the first word of its id (domain/findings.ts, ruleKind). */
export interface RuleAbout<Id extends RuleId = RuleId> {
  id: Id;
  /** Its short human name, as a column value, a filter option and the title of its page. */
  name: { nl: string; en: string };
  /** The severities its findings can have (docs/rules.md), shown beside its explanation. */
  severities: readonly Severity[];
  /** The threshold parameters it reads, listed on its page with their defaults. */
  parameters: readonly RuleParameterName[];
  /** The network type whose absence its findings report: the map's coverage measure of that type shows them. */
  missingNetworkType?: NetworkType;
}

export interface RuleExplanation {
  /** What the rule checks, in plain words, and what one finding is about. */
  checks: string;
  /** The policy principle behind it, in the words of the memorandum and the circular letter. */
  why: string;
  /** What makes the finding go away. */
  resolves: string;
}

/** explanation.ts: the text of a rule's page in the web app, in Dutch and English. */
export interface RuleExplanationTexts {
  nl: RuleExplanation;
  en: RuleExplanation;
}

/**
 * Which item of a municipality's checklist (its profile) a rule's findings are about: a network type (the
 * zorgraad item also stands for the zone) or an offer function; `fromEvidence` reads the finding's
 * `evidence.networkType` or `evidence.function`, for rules that cover several.
 */
export type ChecklistItem = { networkType: NetworkType | 'fromEvidence' } | { function: OfferFunction | 'fromEvidence' };

/** rule.ts: a rule as the catalogue registers it and the server runs it. */
export interface CatalogueRule<Id extends RuleId = RuleId> extends RuleAbout<Id> {
  explanation: RuleExplanationTexts;
  /** Its detection on the embedded graph; cypher/findings/<rule-in-kebab-case>.cypher is the same on Neo4j. */
  detect: Rule;
  /** Words its detections, from either store. */
  message: MessageRenderer;
  checklistItem?: ChecklistItem;
  /**
   * The relative cost of its Cypher query: database hits at Flanders scale, in thousands (measured with
   * PROFILE on the bench's generated dataset). Only the balance of the Neo4j store's rule groups
   * (store/neo4j/rule-groups.ts) reads it, so a cheap rule leaves it out and counts as 10.
   */
  neo4jCost?: number;
}
