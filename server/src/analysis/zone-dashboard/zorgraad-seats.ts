// Who sits in a zorgraad, for which sector and in which role: the verbindend principle that welfare, care,
// childcare, youth care and disability support are full partners of the zorgraad.
import type { Zorgraad, ZorgraadMember } from '../../domain/zone-dashboard';
import { ROLES, SECTORS, type Sector } from '../../domain/vocabulary';
import type { KnooppuntGraph } from '../../graph/knooppunt-graph';
import { membersOf, organisationProperties } from '../graph-facts';
import { compareByName, summaryOf } from './node-summaries';

const sectorOrder = (sector: Sector) => SECTORS.indexOf(sector);

/**
 * The members of `zorgraad` grouped by seat, own sector and role. `missing` are its required sectors nobody
 * sits for (from the rule's findings, see zorgraad-gaps.ts); `required` shows up in `bySeat` even at 0.
 */
export function zorgraadSeats(
  graph: KnooppuntGraph,
  zorgraad: string,
  required: readonly Sector[],
  missing: Zorgraad['missingSectors'],
): Zorgraad {
  const members: ZorgraadMember[] = membersOf(graph, zorgraad)
    .map((membership) => ({
      member: summaryOf(graph, membership.member),
      role: membership.role,
      seat: membership.seat,
      sector: graph.getNodeAttribute(membership.member, 'label') === 'Organisation' ? organisationProperties(graph, membership.member).sector : 'lokaal_bestuur',
    }))
    .sort((a, b) => sectorOrder(a.seat) - sectorOrder(b.seat) || compareByName(a.member, b.member));

  const count = <K extends string>(keys: readonly K[], keyOf: (member: ZorgraadMember) => K) =>
    keys.map((key) => ({ key, count: members.filter((member) => keyOf(member) === key).length }));
  return {
    network: summaryOf(graph, zorgraad),
    members,
    bySeat: count(SECTORS, (member) => member.seat)
      .filter(({ key, count: seated }) => seated > 0 || required.includes(key))
      .map(({ key, count: seated }) => ({ sector: key, count: seated, required: required.includes(key) })),
    bySector: count(SECTORS, (member) => member.sector)
      .filter(({ count: seated }) => seated > 0)
      .map(({ key, count: seated }) => ({ sector: key, count: seated })),
    byRole: count(ROLES, (member) => member.role)
      .filter(({ count: seated }) => seated > 0)
      .map(({ key, count: seated }) => ({ role: key, count: seated })),
    missingSectors: missing,
  };
}
