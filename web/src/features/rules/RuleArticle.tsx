// One rule explained: what it checks, why it matters, its parameters with their defaults, what resolves it.
import type { RuleExplanation, RuleParameterName } from '@knooppunt/server/analysis/rules/rule-parts';
import { DEFAULT_RULE_PARAMETERS, RULE_KIND, type RuleId } from '@knooppunt/server/domain/findings';
import { useI18n } from '../../lib/i18n/i18n';
import { FINDING_KIND_STYLE, SEVERITY_COLOUR } from '../../lib/palette';
import { RULE_ABOUT } from '../../lib/rule-abouts';

export interface RuleArticleProps {
  rule: RuleId;
  explanation: RuleExplanation;
  onShowFindings: (rule: RuleId) => void;
}

function useParameterDefault(): (name: RuleParameterName) => string {
  const { t, vocab, formatNumber } = useI18n();
  return (name) => {
    switch (name) {
      case 'zorgraadSectors':
        return DEFAULT_RULE_PARAMETERS.zorgraadSectors.map((sector) => vocab.sector[sector]).join(', ');
      case 'reachFunctions':
        return DEFAULT_RULE_PARAMETERS.reachFunctions.map((fn) => vocab.function[fn]).join(', ');
      case 'year':
        return t.ruleYearDefault;
      default:
        return formatNumber(DEFAULT_RULE_PARAMETERS[name]);
    }
  };
}

export function RuleArticle({ rule, explanation, onShowFindings }: RuleArticleProps) {
  const { t, vocab } = useI18n();
  const parameterDefault = useParameterDefault();
  const kind = RULE_KIND[rule];
  const { parameters, severities } = RULE_ABOUT[rule];
  return (
    <article className="rule-article" data-testid="rule-article" data-rule={rule}>
      <header>
        <p className="rule-article__kind">
          <span className="kind-sample" style={{ borderColor: FINDING_KIND_STYLE[kind].colour, borderStyle: FINDING_KIND_STYLE[kind].line }} aria-hidden="true" />
          {vocab.findingKind[kind]}
          {severities.map((severity) => (
            <span
              key={severity}
              className="severity-badge"
              style={{ background: SEVERITY_COLOUR[severity].background, color: SEVERITY_COLOUR[severity].text }}
            >
              {vocab.severity[severity]}
            </span>
          ))}
        </p>
        <h3>{vocab.rule[rule]}</h3>
        <code>{rule}</code>
      </header>
      <h4>{t.ruleChecks}</h4>
      <p>{explanation.checks}</p>
      <h4>{t.ruleWhy}</h4>
      <p>{explanation.why}</p>
      <h4>{t.ruleParameters}</h4>
      {parameters.length === 0 ? (
        <p className="muted">{t.ruleNoParameters}</p>
      ) : (
        <dl className="rule-parameters">
          {parameters.map((name) => (
            <div key={name}>
              <dt>
                <code>{name}</code> — {t.ruleParameter[name]}
              </dt>
              <dd>
                {t.ruleDefault}: {parameterDefault(name)}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <h4>{t.ruleResolves}</h4>
      <p>{explanation.resolves}</p>
      <p>
        <button type="button" className="button" data-testid="rule-show-findings" onClick={() => onShowFindings(rule)}>
          {t.ruleShowFindings}
        </button>
      </p>
    </article>
  );
}
