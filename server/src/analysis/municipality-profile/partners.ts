// The organisations and municipalities a municipality works with: through its networks of local social
// policy (with their role and seat in each), the organisations it runs or funds, and the providers of offers
// in or serving it.
import type { NodeSummary } from '../../domain/api';
import type { PartnerRole, ProfilePartner } from '../../domain/municipality-profile';
import type { NetworkType, Sector } from '../../domain/vocabulary';
import { CHECKLIST_NETWORK_TYPES } from './checklist';
import { round2 } from '../rules/municipal-funding';
import { joinsNetwork } from './networks';
import { byName, networkNode, sortedById, type ProfileIndex } from './profile-facts';

const PARTNER_NETWORK_TYPES: ReadonlySet<NetworkType> = new Set(CHECKLIST_NETWORK_TYPES);

interface PartnerDraft {
  partner: NodeSummary;
  operated: boolean;
  funding: number;
  roles: Map<string, PartnerRole>;
  offers: Map<string, NodeSummary>;
}

export function partners(index: ProfileIndex): ProfilePartner[] {
  const municipality = index.municipality.id;
  const drafts = new Map<string, PartnerDraft>();
  const draft = (id: string): PartnerDraft => {
    let found = drafts.get(id);
    if (found === undefined) {
      found = { partner: index.summary(id), operated: false, funding: 0, roles: new Map(), offers: new Map() };
      drafts.set(id, found);
    }
    return found;
  };

  for (const id of index.linkedNetworks) {
    const network = networkNode(index, id);
    const detail = index.networkDetail(id);
    // OTHER networks are mostly intermunicipal bodies (utilities, ICT, heritage) with dozens of member
    // municipalities: they stay in the profile's network list, but make no one a partner in social policy.
    if (network === undefined || detail === undefined || !PARTNER_NETWORK_TYPES.has(network.properties.type)) continue;
    for (const entry of detail.relationships) {
      const { relationship, other } = entry;
      if (other.id === municipality || !joinsNetwork(entry)) continue;
      const roles = draft(other.id).roles;
      const role = roles.get(id) ?? { network: index.summary(id), networkType: network.properties.type, directs: false, covered: false };
      if (relationship.type === 'MEMBER_OF') {
        role.role = relationship.properties.role;
        role.seat = relationship.properties.sector ?? seatOf(index, other);
      }
      if (relationship.type === 'DIRECTS') role.directs = true;
      if (relationship.type === 'COVERS') role.covered = true;
      roles.set(id, role);
    }
  }

  const providerOf = new Map(index.facts.graph.relationships.filter((r) => r.type === 'PROVIDES').map((r) => [r.to, r.from]));
  for (const relationship of index.own) {
    if (relationship.type === 'OPERATES') draft(relationship.to).operated = true;
    if (relationship.type === 'FUNDS' && relationship.from === municipality) draft(relationship.to).funding += relationship.properties.amount;
    if ((relationship.type === 'LOCATED_IN' || relationship.type === 'SERVES') && relationship.to === municipality) {
      const provider = providerOf.get(relationship.from);
      if (provider !== undefined) draft(provider).offers.set(relationship.from, index.summary(relationship.from));
    }
  }

  return [...drafts.values()]
    .sort((a, b) => byName(a.partner, b.partner))
    .map((partner) => {
      const node = index.node(partner.partner.id);
      return {
        partner: partner.partner,
        ...(node?.label === 'Organisation' ? { sector: node.properties.sector, legalForm: node.properties.legalForm } : {}),
        operated: partner.operated,
        funding: round2(partner.funding),
        networks: [...partner.roles.values()].sort((a, b) => (a.network.id < b.network.id ? -1 : a.network.id > b.network.id ? 1 : 0)),
        offers: sortedById(partner.offers.values()),
      };
    });
}

/** The seat of a member without a membership sector (docs/rules.md): its organisation's sector, else lokaal_bestuur. */
function seatOf(index: ProfileIndex, member: NodeSummary): Sector {
  const node = index.node(member.id);
  return node?.label === 'Organisation' ? node.properties.sector : 'lokaal_bestuur';
}
