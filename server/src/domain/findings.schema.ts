// The shapes of a finding and of the rule parameters (docs/rules.md), as zod schemas: the types below are
// inferred from them, the API's OpenAPI document is generated from them (http/openapi.ts), and the
// tests check the served answers against them.
import { z } from 'zod';
import { FINDING_KINDS, FUNCTIONS, RULE_IDS, SECTORS, SEVERITIES } from './vocabulary';

export const findingSchema = z
  .strictObject({
    id: z.string().describe('stable across runs and stores: <rule>:<subject>, plus :<key> where one subject can have several findings'),
    rule: z.enum(RULE_IDS),
    kind: z.enum(FINDING_KINDS),
    severity: z.enum(SEVERITIES),
    subject: z.string().describe('a node id'),
    related: z.array(z.string()).describe('node ids a person needs to check the finding by hand, sorted'),
    message: z.strictObject({ nl: z.string(), en: z.string() }),
    // Open: each rule records its own facts (counts, names, thresholds); `key` is '' when the rule has none.
    evidence: z.looseObject({ key: z.string() }).describe('the facts that triggered it; always includes key'),
  })
  .meta({ id: 'Finding' });
export type Finding = z.infer<typeof findingSchema>;

/** The threshold parameters of §4; DEFAULT_RULE_PARAMETERS (findings.ts) holds their defaults. */
export const ruleParametersSchema = z
  .strictObject({
    zorgraadSectors: z.array(z.enum(SECTORS)).describe('sectors a zorgraad must seat (GAP_ZORGRAAD_SECTOR_MISSING)'),
    childcarePer100: z.number().describe('childcare places per 100 children aged 0-3 below which GAP_CHILDCARE_CAPACITY fires'),
    reachFunctions: z.array(z.enum(FUNCTIONS)).describe('functions that must be reachable in or next to every municipality (GAP_FUNCTION_UNREACHABLE)'),
    forumLoad: z.int().describe("networks covering one municipality that make an organisation's forum load (OVERLAP_FORUM_LOAD)"),
    unequalRatio: z.number().describe("per-place funding of others below this share of one's own is unequal (CONFLICT_UNEQUAL_SUPPORT)"),
    year: z.int().optional().describe('only funding of this year counts; absent: all years summed'),
  })
  .meta({ id: 'RuleParameters' });
export type RuleParameters = z.infer<typeof ruleParametersSchema>;
