// BOUNDARY_CONTINUITY — nabij and continuïteit van zorg: a family moving one border further should not lose its Huis van het Kind, LOK, BOA or GBO.
import { LOCAL_NETWORK_TYPES } from '../../../domain/findings';
import { detection, type Detection, type Rule } from '../../finding';
import { localCoverage, type LocalNetworkType } from '../local-coverage';
import { forEachRelationship } from '../graph-index';

export type BoundaryContinuityEvidence = { networkType: LocalNetworkType; neighbour: string; neighbourNetworks: string[] };

export const boundaryContinuity: Rule = (graph) => {
  const coverage = localCoverage(graph);
  const found = new Map<string, Detection>();
  const compare = (uncovered: string, neighbour: string) => {
    const theirs = coverage.get(neighbour);
    if (theirs === undefined) return;
    const ours = coverage.get(uncovered);
    for (const networkType of LOCAL_NETWORK_TYPES) {
      const neighbourNetworks = theirs.get(networkType);
      if (neighbourNetworks === undefined || ours?.has(networkType)) continue;
      const key = `${networkType}|${neighbour}`;
      const evidence: BoundaryContinuityEvidence = { networkType, neighbour, neighbourNetworks: [...neighbourNetworks] };
      // Keyed by subject and key, so a pair written both ways still gives one finding.
      found.set(
        `${uncovered} ${key}`,
        detection({
          rule: 'BOUNDARY_CONTINUITY',
          subject: uncovered,
          key,
          severity: 'low',
          related: [neighbour, ...neighbourNetworks],
          evidence,
        }),
      );
    }
  };
  // ADJACENT_TO is stored once per pair and read both ways.
  forEachRelationship(graph, 'ADJACENT_TO', (one, other) => {
    compare(one, other);
    compare(other, one);
  });
  return [...found.values()];
};
