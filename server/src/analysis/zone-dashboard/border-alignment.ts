// How far the communities of the collaboration graph follow municipal borders: do actors work mostly with
// those of their own municipality (communities = municipalities), or across borders (bovenlokaal)?
//
// Over the actors with a home municipality (home-municipality.ts):
// - per community, its dominant home (the most frequent; ties to the smallest id) and that home's share;
// - purity: the share of homed actors whose community's dominant home is their own home. Easy to read, but
//   it rewards many small communities (a community of one is always pure);
// - normalised mutual information between community and home, 2·I(C;H) ÷ (H(C) + H(H)): 1 when communities
//   and municipalities are the same partition, 0 when knowing an actor's community says nothing about its
//   municipality, and not fooled by small communities. Undefined (null) when the homes are fewer than two:
//   a zone of one municipality (Antwerpen's, Gent's) has no border inside it to follow.
import { compareIds } from '../../graph/knooppunt-graph';

export interface CommunityAlignment {
  homed: number;
  dominant?: string;
  share: number;
}

export interface BorderAlignment {
  /** Community number → its alignment, for every community given. */
  byCommunity: Map<number, CommunityAlignment>;
  homed: number;
  unhomed: number;
  purity: number;
  nmi: number | null;
}

const entropy = (counts: Iterable<number>, total: number): number => {
  let sum = 0;
  for (const count of counts) if (count > 0) sum -= (count / total) * Math.log(count / total);
  return sum;
};

/** `community`: node → community number, for every node; `home`: node → home municipality, for the homed ones. */
export function borderAlignment(community: ReadonlyMap<string, number>, home: ReadonlyMap<string, string>): BorderAlignment {
  const table = new Map<number, Map<string, number>>();
  const homeTotals = new Map<string, number>();
  for (const group of community.values()) if (!table.has(group)) table.set(group, new Map());
  let homed = 0;
  for (const [node, group] of community) {
    const municipality = home.get(node);
    if (municipality === undefined) continue;
    homed += 1;
    const row = table.get(group)!;
    row.set(municipality, (row.get(municipality) ?? 0) + 1);
    homeTotals.set(municipality, (homeTotals.get(municipality) ?? 0) + 1);
  }

  const byCommunity = new Map<number, CommunityAlignment>();
  let pure = 0;
  let mutualInformation = 0;
  const communityTotals: number[] = [];
  for (const [group, row] of table) {
    const total = [...row.values()].reduce((sum, count) => sum + count, 0);
    communityTotals.push(total);
    const [dominant, count] = [...row].sort(([a, countA], [b, countB]) => countB - countA || compareIds(a, b))[0] ?? [undefined, 0];
    byCommunity.set(group, dominant === undefined ? { homed: 0, share: 0 } : { homed: total, dominant, share: count / total });
    pure += count;
    for (const [municipality, joint] of row) {
      mutualInformation += (joint / homed) * Math.log((joint * homed) / (total * homeTotals.get(municipality)!));
    }
  }

  const homeEntropy = entropy(homeTotals.values(), homed);
  const communityEntropy = entropy(communityTotals, homed);
  // With one home there is no border to follow; with one community (and several homes) nothing follows them: 0.
  const nmi = homeTotals.size < 2 ? null : communityEntropy === 0 ? 0 : (2 * mutualInformation) / (homeEntropy + communityEntropy);
  return { byCommunity, homed, unhomed: community.size - homed, purity: homed === 0 ? 0 : pure / homed, nmi };
}
