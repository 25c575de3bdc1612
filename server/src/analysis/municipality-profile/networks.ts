// The networks a municipality covers, directs or sits in, with its own place in each and the network's
// beheersmodel status: where it is regisseur, where actor, where only part of the area.
import type { NodeDetail, NodeRelationship } from '../../domain/api';
import type { ProfileNetwork } from '../../domain/municipality-profile';
import { NETWORK_TYPES, type NetworkType } from '../../domain/vocabulary';
import { byName, networkNode, type ProfileIndex } from './profile-facts';

/** Whether a relationship of a network's detail brings its other end into the network: a member, a regisseur, a covered municipality. */
export function joinsNetwork({ relationship, direction }: NodeRelationship): boolean {
  return (
    (direction === 'in' && (relationship.type === 'MEMBER_OF' || relationship.type === 'DIRECTS')) ||
    (direction === 'out' && relationship.type === 'COVERS')
  );
}

/** The nodes a network brings together besides `except`. */
export function networkParticipants(detail: NodeDetail, except: string): Set<string> {
  return new Set(detail.relationships.filter(joinsNetwork).map((entry) => entry.other.id).filter((id) => id !== except));
}

/** Sorted by type as the vocabulary lists them (the networks of social policy first, OTHER last), then by name. */
export function profileNetworks(index: ProfileIndex): ProfileNetwork[] {
  const municipality = index.municipality.id;
  const networks = index.linkedNetworks.flatMap((id): ProfileNetwork[] => {
    const network = networkNode(index, id);
    if (network === undefined) return [];
    const own = index.own.filter((r) => (r.from === municipality && r.to === id) || (r.from === id && r.to === municipality));
    const membership = own.find((r) => r.type === 'MEMBER_OF');
    const detail = index.networkDetail(id);
    return [
      {
        network: index.summary(id),
        networkType: network.properties.type,
        directs: own.some((r) => r.type === 'DIRECTS'),
        ...(membership?.type === 'MEMBER_OF'
          ? { role: membership.properties.role, seat: membership.properties.sector ?? 'lokaal_bestuur' }
          : {}),
        covered: own.some((r) => r.type === 'COVERS'),
        governanceModel: network.properties.governanceModel,
        ...(network.properties.governanceModelDate !== undefined ? { governanceModelDate: network.properties.governanceModelDate } : {}),
        partnerCount: detail === undefined ? 0 : networkParticipants(detail, municipality).size,
      },
    ];
  });
  const order = (type: NetworkType) => NETWORK_TYPES.indexOf(type);
  return networks.sort((a, b) => order(a.networkType) - order(b.networkType) || byName(a.network, b.network));
}
