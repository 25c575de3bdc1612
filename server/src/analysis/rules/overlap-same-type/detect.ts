// OVERLAP_SAME_TYPE — verbindend: one Huis van het Kind, LOK, BOA or GBO per place, not parallel networks.
import { detection, type Detection, type Rule } from '../../finding';
import { localCoverage, type LocalNetworkType } from '../local-coverage';

export type OverlapSameTypeEvidence = { networkType: LocalNetworkType; networks: string[] };

export const overlapSameType: Rule = (graph) => {
  const found: Detection[] = [];
  for (const [municipality, byType] of localCoverage(graph)) {
    for (const [networkType, networks] of byType) {
      if (networks.length < 2) continue;
      const evidence: OverlapSameTypeEvidence = { networkType, networks: [...networks] };
      found.push(
        detection({ rule: 'OVERLAP_SAME_TYPE', subject: municipality, key: networkType, severity: 'medium', related: [...networks], evidence }),
      );
    }
  }
  return found;
};
