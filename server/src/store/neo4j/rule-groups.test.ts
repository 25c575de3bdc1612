import { RULE_IDS } from '../../domain/findings';
import { describe, expect, it } from 'vitest';
import { ruleGroups } from './rule-groups';

describe('ruleGroups', () => {
  it('puts every rule in exactly one of at most the groups asked for', () => {
    for (const count of [1, 2, 3, 7]) {
      const groups = ruleGroups(RULE_IDS, count);
      expect(groups).toHaveLength(count);
      expect(groups.flat().sort()).toStrictEqual([...RULE_IDS].sort());
    }
  });

  it('never makes an empty group, and one rule asked for twice runs once', () => {
    expect(ruleGroups(['GAP_NO_ZONE', 'GAP_NO_ZONE'], 3)).toStrictEqual([['GAP_NO_ZONE']]);
    expect(ruleGroups([], 2)).toStrictEqual([]);
    expect(ruleGroups(['GAP_NO_LOK'], 0)).toStrictEqual([['GAP_NO_LOK']]);
  });

  it('keeps the two costliest queries apart, so neither waits for the other', () => {
    const groups = ruleGroups(RULE_IDS, 2);
    const groupOf = (rule: string) => groups.findIndex((group) => group.includes(rule as never));
    expect(groupOf('BOUNDARY_ORG_CROSSES_ZONES')).toBeGreaterThanOrEqual(0);
    expect(groupOf('CONFLICT_UNEQUAL_SUPPORT')).toBeGreaterThanOrEqual(0);
    expect(groupOf('BOUNDARY_ORG_CROSSES_ZONES')).not.toBe(groupOf('CONFLICT_UNEQUAL_SUPPORT'));
  });
});
