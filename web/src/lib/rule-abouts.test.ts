// The web app's rule data is the rule folders' own: the globs find exactly the catalogue's folders, and
// what they read is what the catalogue registers.
import { RULE_CATALOGUE } from '@knooppunt/server/analysis/rules/catalogue';
import { RULE_IDS, ruleFileName } from '@knooppunt/server/domain/findings';
import { describe, expect, it } from 'vitest';
import { RULE_EXPLANATION_FILES, RULE_EXPLANATIONS } from '../features/rules/rule-explanations';
import { vocabularyEn } from './i18n/vocabulary-en';
import { vocabularyNl } from './i18n/vocabulary-nl';
import { RULE_ABOUT, RULE_ABOUT_FILES } from './rule-abouts';
import { byRuleFolder, folderNames } from './rule-folders';

describe('the rules as the web app reads them from their folders', () => {
  const folders = RULE_IDS.map(ruleFileName).sort();

  it('finds the about.ts and explanation.ts of exactly the registered rules', () => {
    expect(folders).not.toHaveLength(0);
    expect(folderNames(RULE_ABOUT_FILES)).toStrictEqual(folders);
    expect(folderNames(RULE_EXPLANATION_FILES)).toStrictEqual(folders);
  });

  it('reads what the catalogue registers, in the order of RULE_IDS', () => {
    expect(Object.keys(RULE_ABOUT)).toStrictEqual([...RULE_IDS]);
    for (const id of RULE_IDS) {
      const { name, severities, parameters, missingNetworkType, explanation } = RULE_CATALOGUE[id];
      expect(RULE_ABOUT[id], id).toStrictEqual({ id, name, severities, parameters, ...(missingNetworkType ? { missingNetworkType } : {}) });
      expect(RULE_EXPLANATIONS[id], id).toBe(explanation);
      expect([vocabularyNl.rule[id], vocabularyEn.rule[id]], id).toStrictEqual([name.nl, name.en]);
    }
  });

  it('says which rule lacks its file', () => {
    const files = Object.fromEntries(RULE_IDS.filter((id) => id !== 'GAP_NO_LOK').map((id) => [`../rules/${ruleFileName(id)}/about.ts`, id]));
    expect(() => byRuleFolder(files, 'about.ts')).toThrow('rule-folders: GAP_NO_LOK has no server/src/analysis/rules/gap-no-lok/about.ts');
  });
});
