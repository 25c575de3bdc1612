import type { Community } from '@knooppunt/server/domain/zone-dashboard';
import { describe, expect, it } from 'vitest';
import { communityNames } from './community-names';

const member = (name: string) => ({ id: `org:${name.toLowerCase()}`, label: 'Organisation' as const, name });
function community(id: number, dominant: string | undefined, core: string[]): Community {
  return {
    id,
    size: 5,
    sizeByLabel: {},
    homed: 5,
    ...(dominant === undefined ? {} : { dominant: { id: `nis:${id}`, label: 'Municipality' as const, name: dominant } }),
    share: 1,
    core: core.map(member),
  } as Community;
}

describe('communityNames', () => {
  it('keeps a unique home municipality as the name', () => {
    expect([...communityNames([community(1, 'Roeselare', ['A']), community(2, 'Izegem', ['B'])], 'geen').values()]).toEqual(['Roeselare', 'Izegem']);
  });

  it('tells two communities with one home apart by a core member', () => {
    const names = communityNames([community(1, 'Roeselare', ['Roeselare', 'CAW West']), community(2, 'Roeselare', ['Kinderopvang Tuimel'])], 'geen');
    expect([...names.values()]).toEqual(['Roeselare · CAW West', 'Roeselare · Kinderopvang Tuimel']);
  });

  it('falls back to the number when nothing else tells them apart, and names homeless groups', () => {
    const names = communityNames([community(1, undefined, []), community(2, undefined, [])], 'zonder thuisgemeente');
    expect([...names.values()]).toEqual(['zonder thuisgemeente (1)', 'zonder thuisgemeente (2)']);
    expect(new Set(names.values()).size).toBe(2);
  });
});
