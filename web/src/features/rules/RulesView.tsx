// The rule explanations: every rule listed by kind, the chosen one explained in the interface language.
import { FINDING_KINDS, RULE_IDS, RULE_KIND, type RuleId } from '@knooppunt/server/domain/findings';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import './rules.css';
import { RuleArticle } from './RuleArticle';
import { RULE_EXPLANATIONS } from './rule-explanations';

export interface RulesViewProps {
  rule: RuleId | undefined;
  ruleHref: (rule: RuleId) => string;
  onOpenRule: (rule: RuleId) => void;
  onShowFindings: (rule: RuleId) => void;
}

export function RulesView({ rule, ruleHref, onOpenRule, onShowFindings }: RulesViewProps) {
  const { t, vocab, lang } = useI18n();
  const articleRef = useRef<HTMLDivElement>(null);
  useEffect(() => articleRef.current?.scrollTo({ top: 0 }), [rule]);

  return (
    <section className="rules-view" data-testid="rules-view" aria-label={t.rulesLabel}>
      <nav className="rules-nav" aria-label={t.rulesNavLabel}>
        {FINDING_KINDS.map((kind) => (
          <div key={kind}>
            <h3>{vocab.findingKind[kind]}</h3>
            <ul>
              {RULE_IDS.filter((id) => RULE_KIND[id] === kind).map((id) => (
                <li key={id}>
                  <a
                    href={ruleHref(id)}
                    data-testid="rule-link"
                    data-rule={id}
                    aria-current={id === rule ? 'page' : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      onOpenRule(id);
                    }}
                  >
                    {vocab.rule[id]}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <div className="rules-body" ref={articleRef}>
        {rule ? (
          <RuleArticle rule={rule} explanation={RULE_EXPLANATIONS[rule][lang]} onShowFindings={onShowFindings} />
        ) : (
          <article className="rule-article">
            <h3>{t.rulesIntroTitle}</h3>
            <p>{t.rulesIntro}</p>
            <ul className="rules-overview">
              {RULE_IDS.map((id) => (
                <li key={id}>
                  <a
                    href={ruleHref(id)}
                    onClick={(event) => {
                      event.preventDefault();
                      onOpenRule(id);
                    }}
                  >
                    {vocab.rule[id]}
                  </a>
                  <span className="muted"> — {RULE_EXPLANATIONS[id][lang].checks}</span>
                </li>
              ))}
            </ul>
          </article>
        )}
      </div>
    </section>
  );
}
