// OVERLAP_FORUM_LOAD — verbindend: partners should connect, not sit in ever more overlapping forums for one place.
import { detection, type Detection, type Rule } from '../../finding';
import { derived, forEachRelationship } from '../graph-index';

export type OverlapForumLoadEvidence = { municipalities: string[]; networkCount: number; threshold: number };

export const overlapForumLoad: Rule = (graph, parameters) => {
  const threshold = parameters.forumLoad;
  // Who sits where and which area each network covers do not depend on the parameters: kept per graph.
  const networksOf = derived(graph, 'organisation-networks', () => {
    const result = new Map<string, string[]>();
    forEachRelationship(graph, 'MEMBER_OF', (member, network) => {
      if (graph.getNodeAttribute(member, 'label') !== 'Organisation') return;
      const networks = result.get(member);
      if (networks === undefined) result.set(member, [network]);
      else networks.push(network);
    });
    return result;
  });
  const areaOf = derived(graph, 'network-areas', () => {
    const result = new Map<string, string[]>();
    forEachRelationship(graph, 'COVERS', (network, municipality) => {
      const area = result.get(network);
      if (area === undefined) result.set(network, [municipality]);
      else area.push(municipality);
    });
    return result;
  });

  const found: Detection[] = [];
  for (const [organisation, networks] of networksOf) {
    // Fewer networks than the threshold can never reach it in one municipality.
    if (networks.length < threshold) continue;
    const perMunicipality = new Map<string, number>();
    for (const network of networks) {
      for (const municipality of areaOf.get(network) ?? []) perMunicipality.set(municipality, (perMunicipality.get(municipality) ?? 0) + 1);
    }
    const municipalities: string[] = [];
    let networkCount = 0;
    for (const [municipality, count] of perMunicipality) {
      if (count < threshold) continue;
      municipalities.push(municipality);
      networkCount = Math.max(networkCount, count);
    }
    if (municipalities.length === 0) continue;
    municipalities.sort();
    const evidence: OverlapForumLoadEvidence = { municipalities, networkCount, threshold };
    found.push(detection({ rule: 'OVERLAP_FORUM_LOAD', subject: organisation, key: '', severity: 'low', related: municipalities, evidence }));
  }
  return found;
};
