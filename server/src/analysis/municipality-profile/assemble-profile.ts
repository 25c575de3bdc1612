// A municipality's profile from the port's answers (ProfileFacts): each section by its own builder.
import type { MunicipalityCoverage } from '../../domain/coverage';
import type { MunicipalityProfile } from '../../domain/municipality-profile';
import { checklist } from './checklist';
import { countByKind } from './finding-topics';
import { funding } from './funding';
import { compareWithNeighbours } from './neighbour-comparison';
import { profileNetworks } from './networks';
import { partners } from './partners';
import { byName, indexFacts, type ProfileFacts } from './profile-facts';
import { roleConflicts } from './role-conflicts';

export function assembleMunicipalityProfile(facts: ProfileFacts): MunicipalityProfile {
  const index = indexFacts(facts);
  const { id, properties } = index.municipality;
  const own = index.coverage(id);
  if (own === undefined) throw new Error(`municipality-profile: no coverage row for "${id}"`);
  const neighbourRows = index.neighbours.map(index.coverage).filter((row): row is MunicipalityCoverage => row !== undefined);
  return {
    municipality: { id, label: 'Municipality', ...properties },
    zones: index.zones.map(index.summary).sort(byName),
    neighbours: index.neighbours.map(index.summary).sort(byName),
    parameters: facts.parameters,
    findingCounts: countByKind(facts.findings.filter((finding) => finding.subject === id)),
    checklist: checklist(index),
    networks: profileNetworks(index),
    partners: partners(index),
    funding: funding(index),
    roleConflicts: roleConflicts(index),
    comparison: compareWithNeighbours(own, neighbourRows, facts.findings),
  };
}
