// CONFLICT_REGIE_ACTOR — regierol and actorrol: the omzendbrief asks for a beheersmodel that rules out rolconflicten.
import type { ServiceDomain } from '../../../domain/vocabulary';
import { detection, type Rule } from '../../finding';
import { regieActorConflicts } from '../regie-actor-conflicts';

export type ConflictRegieActorEvidence = {
  network: string;
  domains: ServiceDomain[];
  governanceModel: boolean;
  actorMember: boolean;
  organisations: string[];
};

export const conflictRegieActor: Rule = (graph) =>
  regieActorConflicts(graph).map((conflict) => {
    const evidence: ConflictRegieActorEvidence = {
      network: conflict.network,
      domains: [...conflict.domains],
      governanceModel: conflict.governanceModel,
      actorMember: conflict.actorMember,
      organisations: [...conflict.organisations],
    };
    return detection({
      rule: 'CONFLICT_REGIE_ACTOR',
      subject: conflict.municipality,
      key: conflict.network,
      // A recorded beheersmodel is how the two roles are meant to be reconciled, so it lowers the severity.
      severity: conflict.governanceModel ? 'medium' : 'high',
      related: [conflict.network, ...conflict.organisations],
      evidence,
    });
  });
