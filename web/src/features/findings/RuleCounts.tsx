// Findings per rule as toggle chips: a glance at where the problems are, and a one-click rule filter.
import type { RuleId } from '@knooppunt/server/domain/findings';
import { RULE_KIND } from '@knooppunt/server/domain/findings';
import { useI18n } from '../../lib/i18n/i18n';
import { KindSample } from './FindingBadges';

export interface RuleCountsProps {
  counts: ReadonlyMap<RuleId, number>;
  chosen: RuleId | undefined;
  onChoose: (rule: RuleId | undefined) => void;
}

export function RuleCounts({ counts, chosen, onChoose }: RuleCountsProps) {
  const { t, vocab, formatNumber } = useI18n();
  if (counts.size === 0) return null;
  return (
    <ul className="rule-counts" aria-label={t.findingsRuleCountsLabel}>
      {[...counts].map(([rule, count]) => (
        <li key={rule}>
          <button
            type="button"
            className="rule-count"
            data-testid="rule-count"
            data-rule={rule}
            aria-pressed={rule === chosen}
            title={rule}
            onClick={() => onChoose(rule === chosen ? undefined : rule)}
          >
            <KindSample kind={RULE_KIND[rule]} />
            <span className="rule-count__name">{vocab.rule[rule]}</span>
            <span className="rule-count__count">{formatNumber(count)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
