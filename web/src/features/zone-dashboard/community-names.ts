// Names for Louvain communities a reader can tell apart: the home municipality most members share, and
// where two communities share it, the name of the first core member that the others lack.
import type { Community } from '@knooppunt/server/domain/zone-dashboard';

/** Community id → its name; `fallback` names a community whose members have no home municipality. */
export function communityNames(communities: readonly Community[], fallback: string): Map<number, string> {
  const base = (community: Community) => community.dominant?.name ?? fallback;
  const uses = new Map<string, number>();
  for (const community of communities) uses.set(base(community), (uses.get(base(community)) ?? 0) + 1);
  const names = new Map<number, string>();
  const taken = new Set<string>();
  for (const community of communities) {
    const name = base(community);
    let distinct = name;
    if ((uses.get(name) ?? 0) > 1) {
      // The first core member other than the home municipality itself tells this group apart.
      const core = community.core.find((member) => member.name !== name && !taken.has(`${name} · ${member.name}`));
      distinct = core === undefined ? `${name} (${community.id})` : `${name} · ${core.name}`;
    }
    if (taken.has(distinct)) distinct = `${distinct} (${community.id})`;
    taken.add(distinct);
    names.set(community.id, distinct);
  }
  return names;
}
