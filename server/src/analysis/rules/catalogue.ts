// The rule catalogue (docs/rules.md): every rule, registered once. Everything else that goes per rule is
// read from here (run-rules.ts: detection and wording; the Neo4j store: its queries' cost; the profile:
// checklist items), from the rule's id (its kind, its Cypher file), or, in the web app, straight from the
// rule folders' about.ts and explanation.ts (names, severities, parameters, rule pages).
//
// Adding a rule (docs/rules.md#adding-a-rule):
//  1. Write its folder rules/<rule-in-kebab-case>/: about.ts, explanation.ts, detect.ts, message.ts and
//     rule.ts, like any folder here, and its query cypher/findings/<rule-in-kebab-case>.cypher.
//  2. Add its id to RULE_IDS (domain/vocabulary.ts); the id starts with its kind (GAP_, OVERLAP_, CONFLICT_
//     or BOUNDARY_). The id list stays in the domain because the API's schemas, at the bottom of the layers,
//     validate rule ids with it, and the domain cannot import rules.
//  3. Register the folder's rule below. Steps 2 and 3 cannot disagree: the catalogue must hold exactly the
//     ids of RULE_IDS, each under its own id, or it does not compile; catalogue.test.ts checks the folders,
//     the Cypher files and the texts, and that no per-rule list is written anywhere else.
import type { RuleId } from '../../domain/findings';
import { RULE_IDS } from '../../domain/findings';
import type { CatalogueRule } from './rule-parts';
import { gapNoZoneRule } from './gap-no-zone/rule';
import { gapNoHuisVanHetKindRule } from './gap-no-huis-van-het-kind/rule';
import { gapNoLokRule } from './gap-no-lok/rule';
import { gapNoBoaRegieRule } from './gap-no-boa-regie/rule';
import { gapNoGboRule } from './gap-no-gbo/rule';
import { gapGboPartnerMissingRule } from './gap-gbo-partner-missing/rule';
import { gapZorgraadMissingRule } from './gap-zorgraad-missing/rule';
import { gapZorgraadSectorMissingRule } from './gap-zorgraad-sector-missing/rule';
import { gapZorgraadMunicipalityAbsentRule } from './gap-zorgraad-municipality-absent/rule';
import { gapChildcareCapacityRule } from './gap-childcare-capacity/rule';
import { gapFunctionUnreachableRule } from './gap-function-unreachable/rule';
import { overlapMultipleZonesRule } from './overlap-multiple-zones/rule';
import { overlapSameTypeRule } from './overlap-same-type/rule';
import { overlapForumLoadRule } from './overlap-forum-load/rule';
import { conflictRegieActorRule } from './conflict-regie-actor/rule';
import { conflictSelfFundingRule } from './conflict-self-funding/rule';
import { conflictUnequalSupportRule } from './conflict-unequal-support/rule';
import { boundaryNetworkCrossesZonesRule } from './boundary-network-crosses-zones/rule';
import { boundaryContinuityRule } from './boundary-continuity/rule';
import { boundaryOrgCrossesZonesRule } from './boundary-org-crosses-zones/rule';

export const RULE_CATALOGUE: { readonly [Id in RuleId]: CatalogueRule<Id> } = {
  GAP_NO_ZONE: gapNoZoneRule,
  GAP_NO_HUIS_VAN_HET_KIND: gapNoHuisVanHetKindRule,
  GAP_NO_LOK: gapNoLokRule,
  GAP_NO_BOA_REGIE: gapNoBoaRegieRule,
  GAP_NO_GBO: gapNoGboRule,
  GAP_GBO_PARTNER_MISSING: gapGboPartnerMissingRule,
  GAP_ZORGRAAD_MISSING: gapZorgraadMissingRule,
  GAP_ZORGRAAD_SECTOR_MISSING: gapZorgraadSectorMissingRule,
  GAP_ZORGRAAD_MUNICIPALITY_ABSENT: gapZorgraadMunicipalityAbsentRule,
  GAP_CHILDCARE_CAPACITY: gapChildcareCapacityRule,
  GAP_FUNCTION_UNREACHABLE: gapFunctionUnreachableRule,
  OVERLAP_MULTIPLE_ZONES: overlapMultipleZonesRule,
  OVERLAP_SAME_TYPE: overlapSameTypeRule,
  OVERLAP_FORUM_LOAD: overlapForumLoadRule,
  CONFLICT_REGIE_ACTOR: conflictRegieActorRule,
  CONFLICT_SELF_FUNDING: conflictSelfFundingRule,
  CONFLICT_UNEQUAL_SUPPORT: conflictUnequalSupportRule,
  BOUNDARY_NETWORK_CROSSES_ZONES: boundaryNetworkCrossesZonesRule,
  BOUNDARY_CONTINUITY: boundaryContinuityRule,
  BOUNDARY_ORG_CROSSES_ZONES: boundaryOrgCrossesZonesRule,
};

/** Every rule, in the order of RULE_IDS. */
export const CATALOGUE_RULES: readonly CatalogueRule[] = RULE_IDS.map((id) => RULE_CATALOGUE[id]);
