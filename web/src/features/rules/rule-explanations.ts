// The text of every rule's page, read from the explanation.ts of its folder under server/src/analysis/rules/
// (see lib/rule-folders.ts). Only the rules view imports it, so the texts load with that view.
import type { RuleId } from '@knooppunt/server/domain/findings';
import type { RuleExplanationTexts } from '@knooppunt/server/analysis/rules/rule-parts';
import { byRuleFolder } from '../../lib/rule-folders';

export const RULE_EXPLANATION_FILES = import.meta.glob<RuleExplanationTexts>('../../../../server/src/analysis/rules/*/explanation.ts', {
  eager: true,
  import: 'explanation',
});

export const RULE_EXPLANATIONS: Readonly<Record<RuleId, RuleExplanationTexts>> = byRuleFolder(RULE_EXPLANATION_FILES, 'explanation.ts');
