// Every rule's about.ts: its names, severities, parameters and the network type whose absence it reports.
// Small enough for the first view (the map names rules); the rule pages' texts load with their view
// (features/rules/rule-explanations.ts).
import type { RuleId } from '@knooppunt/server/domain/findings';
import type { RuleAbout } from '@knooppunt/server/analysis/rules/rule-parts';
import type { Lang } from './i18n/lang';
import { byRuleFolder } from './rule-folders';

export const RULE_ABOUT_FILES = import.meta.glob<RuleAbout>('../../../server/src/analysis/rules/*/about.ts', { eager: true, import: 'about' });

export const RULE_ABOUT: Readonly<Record<RuleId, RuleAbout>> = byRuleFolder(RULE_ABOUT_FILES, 'about.ts');

/** Every rule's short name in one language. */
export function ruleNames(lang: Lang): Record<RuleId, string> {
  return Object.fromEntries(Object.entries(RULE_ABOUT).map(([rule, about]) => [rule, about.name[lang]])) as Record<RuleId, string>;
}
