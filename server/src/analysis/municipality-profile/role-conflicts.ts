// Regie and actor side by side: the networks a municipality directs with their beheersmodel status, and its
// conflict findings (CONFLICT_REGIE_ACTOR, CONFLICT_SELF_FUNDING, CONFLICT_UNEQUAL_SUPPORT) with the status
// of the network each is about. The omzendbrief asks for a beheersmodel that rules out rolconflicten.
import type { Finding } from '../../domain/findings';
import type { DirectedNetwork, GovernanceStatus, ProfileConflict, ProfileRoleConflicts } from '../../domain/municipality-profile';
import { labelOfId } from '../../domain/ids';
import { NETWORK_TYPE_DOMAINS } from '../../domain/vocabulary';
import { findingRef } from './finding-topics';
import { networkNode, sortedById, type ProfileIndex } from './profile-facts';

function governanceStatus(index: ProfileIndex, id: string): GovernanceStatus | undefined {
  const network = networkNode(index, id);
  if (network === undefined) return undefined;
  const { type, governanceModel, governanceModelDate } = network.properties;
  return {
    network: index.summary(id),
    networkType: type,
    governanceModel,
    ...(governanceModelDate !== undefined ? { governanceModelDate } : {}),
  };
}

/** The network a conflict finding is about (evidence.network), where the rule names one. */
function conflictNetwork(finding: Finding): string | undefined {
  const network = finding.evidence['network'];
  return typeof network === 'string' ? network : undefined;
}

export function roleConflicts(index: ProfileIndex): ProfileRoleConflicts {
  const municipality = index.municipality.id;
  const findings = index.facts.findings.filter((finding) => finding.kind === 'conflict' && finding.subject === municipality);
  const directedIds = [...new Set(index.own.filter((r) => r.type === 'DIRECTS' && r.from === municipality).map((r) => r.to))].sort();

  const directed = directedIds.flatMap((id): DirectedNetwork[] => {
    const status = governanceStatus(index, id);
    if (status === undefined) return [];
    const conflicts = findings.filter((finding) => conflictNetwork(finding) === id).map((finding) => finding.id);
    return [{ ...status, domains: [...NETWORK_TYPE_DOMAINS[status.networkType]], conflicts: conflicts.sort() }];
  });

  const conflicts = sortedById(findings).map((finding): ProfileConflict => {
    const networkId = conflictNetwork(finding);
    const network = networkId === undefined ? undefined : governanceStatus(index, networkId);
    const organisations = finding.related.filter((id) => labelOfId(id) === 'Organisation').map((id) => index.summary(id));
    return { finding: findingRef(finding), ...(network !== undefined ? { network } : {}), organisations: sortedById(organisations) };
  });
  return { directed, conflicts };
}
