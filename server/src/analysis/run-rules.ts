// Runs the rule catalogue (docs/rules.md) on the embedded graph: every rule, or the ones asked for.
import { DEFAULT_RULE_PARAMETERS, RULE_IDS, type Finding, type RuleId, type RuleParameters } from '../domain/findings';
import { compareIds, type KnooppuntGraph } from '../graph/knooppunt-graph';
import { toFinding, type Detection, type MessageRenderer, type Rule } from './finding';
import { nameOf } from './graph-facts';
import { gapNoZoneMessage } from './messages/gap-no-zone';
import { gapNoHuisVanHetKindMessage } from './messages/gap-no-huis-van-het-kind';
import { gapNoLokMessage } from './messages/gap-no-lok';
import { gapNoBoaRegieMessage } from './messages/gap-no-boa-regie';
import { gapNoGboMessage } from './messages/gap-no-gbo';
import { gapGboPartnerMissingMessage } from './messages/gap-gbo-partner-missing';
import { gapZorgraadMissingMessage } from './messages/gap-zorgraad-missing';
import { gapZorgraadSectorMissingMessage } from './messages/gap-zorgraad-sector-missing';
import { gapZorgraadMunicipalityAbsentMessage } from './messages/gap-zorgraad-municipality-absent';
import { gapChildcareCapacityMessage } from './messages/gap-childcare-capacity';
import { gapFunctionUnreachableMessage } from './messages/gap-function-unreachable';
import { overlapMultipleZonesMessage } from './messages/overlap-multiple-zones';
import { overlapSameTypeMessage } from './messages/overlap-same-type';
import { overlapForumLoadMessage } from './messages/overlap-forum-load';
import { conflictRegieActorMessage } from './messages/conflict-regie-actor';
import { conflictSelfFundingMessage } from './messages/conflict-self-funding';
import { conflictUnequalSupportMessage } from './messages/conflict-unequal-support';
import { boundaryNetworkCrossesZonesMessage } from './messages/boundary-network-crosses-zones';
import { boundaryContinuityMessage } from './messages/boundary-continuity';
import { boundaryOrgCrossesZonesMessage } from './messages/boundary-org-crosses-zones';
import { gapNoZone } from './rules/gap-no-zone';
import { gapNoHuisVanHetKind } from './rules/gap-no-huis-van-het-kind';
import { gapNoLok } from './rules/gap-no-lok';
import { gapNoBoaRegie } from './rules/gap-no-boa-regie';
import { gapNoGbo } from './rules/gap-no-gbo';
import { gapGboPartnerMissing } from './rules/gap-gbo-partner-missing';
import { gapZorgraadMissing } from './rules/gap-zorgraad-missing';
import { gapZorgraadSectorMissing } from './rules/gap-zorgraad-sector-missing';
import { gapZorgraadMunicipalityAbsent } from './rules/gap-zorgraad-municipality-absent';
import { gapChildcareCapacity } from './rules/gap-childcare-capacity';
import { gapFunctionUnreachable } from './rules/gap-function-unreachable';
import { overlapMultipleZones } from './rules/overlap-multiple-zones';
import { overlapSameType } from './rules/overlap-same-type';
import { overlapForumLoad } from './rules/overlap-forum-load';
import { conflictRegieActor } from './rules/conflict-regie-actor';
import { conflictSelfFunding } from './rules/conflict-self-funding';
import { conflictUnequalSupport } from './rules/conflict-unequal-support';
import { boundaryNetworkCrossesZones } from './rules/boundary-network-crosses-zones';
import { boundaryContinuity } from './rules/boundary-continuity';
import { boundaryOrgCrossesZones } from './rules/boundary-org-crosses-zones';

export const RULES: Readonly<Record<RuleId, Rule>> = {
  GAP_NO_ZONE: gapNoZone,
  GAP_NO_HUIS_VAN_HET_KIND: gapNoHuisVanHetKind,
  GAP_NO_LOK: gapNoLok,
  GAP_NO_BOA_REGIE: gapNoBoaRegie,
  GAP_NO_GBO: gapNoGbo,
  GAP_GBO_PARTNER_MISSING: gapGboPartnerMissing,
  GAP_ZORGRAAD_MISSING: gapZorgraadMissing,
  GAP_ZORGRAAD_SECTOR_MISSING: gapZorgraadSectorMissing,
  GAP_ZORGRAAD_MUNICIPALITY_ABSENT: gapZorgraadMunicipalityAbsent,
  GAP_CHILDCARE_CAPACITY: gapChildcareCapacity,
  GAP_FUNCTION_UNREACHABLE: gapFunctionUnreachable,
  OVERLAP_MULTIPLE_ZONES: overlapMultipleZones,
  OVERLAP_SAME_TYPE: overlapSameType,
  OVERLAP_FORUM_LOAD: overlapForumLoad,
  CONFLICT_REGIE_ACTOR: conflictRegieActor,
  CONFLICT_SELF_FUNDING: conflictSelfFunding,
  CONFLICT_UNEQUAL_SUPPORT: conflictUnequalSupport,
  BOUNDARY_NETWORK_CROSSES_ZONES: boundaryNetworkCrossesZones,
  BOUNDARY_CONTINUITY: boundaryContinuity,
  BOUNDARY_ORG_CROSSES_ZONES: boundaryOrgCrossesZones,
};

/** Shared by both stores: a detection from Cypher is worded exactly like one from graphology. */
export const MESSAGES: Readonly<Record<RuleId, MessageRenderer>> = {
  GAP_NO_ZONE: gapNoZoneMessage,
  GAP_NO_HUIS_VAN_HET_KIND: gapNoHuisVanHetKindMessage,
  GAP_NO_LOK: gapNoLokMessage,
  GAP_NO_BOA_REGIE: gapNoBoaRegieMessage,
  GAP_NO_GBO: gapNoGboMessage,
  GAP_GBO_PARTNER_MISSING: gapGboPartnerMissingMessage,
  GAP_ZORGRAAD_MISSING: gapZorgraadMissingMessage,
  GAP_ZORGRAAD_SECTOR_MISSING: gapZorgraadSectorMissingMessage,
  GAP_ZORGRAAD_MUNICIPALITY_ABSENT: gapZorgraadMunicipalityAbsentMessage,
  GAP_CHILDCARE_CAPACITY: gapChildcareCapacityMessage,
  GAP_FUNCTION_UNREACHABLE: gapFunctionUnreachableMessage,
  OVERLAP_MULTIPLE_ZONES: overlapMultipleZonesMessage,
  OVERLAP_SAME_TYPE: overlapSameTypeMessage,
  OVERLAP_FORUM_LOAD: overlapForumLoadMessage,
  CONFLICT_REGIE_ACTOR: conflictRegieActorMessage,
  CONFLICT_SELF_FUNDING: conflictSelfFundingMessage,
  CONFLICT_UNEQUAL_SUPPORT: conflictUnequalSupportMessage,
  BOUNDARY_NETWORK_CROSSES_ZONES: boundaryNetworkCrossesZonesMessage,
  BOUNDARY_CONTINUITY: boundaryContinuityMessage,
  BOUNDARY_ORG_CROSSES_ZONES: boundaryOrgCrossesZonesMessage,
};

/** Words detections and sorts them by id, so every run and every store lists findings alike. */
export function findingsFrom(detections: readonly Detection[], name: (id: string) => string): Finding[] {
  return detections.map((found) => toFinding(found, MESSAGES[found.rule](found, name))).sort((a, b) => compareIds(a.id, b.id));
}

export function runRules(
  graph: KnooppuntGraph,
  parameters: RuleParameters = DEFAULT_RULE_PARAMETERS,
  only: readonly RuleId[] = RULE_IDS,
): Finding[] {
  const detections = only.flatMap((rule) => RULES[rule](graph, parameters));
  return findingsFrom(detections, (id) => nameOf(graph, id));
}
