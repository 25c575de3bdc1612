// The finding the graph is focused on: its message, the nodes it involves, and the way to its rule.
import type { Finding, RuleId } from '@knooppunt/server/domain/findings';
import { useI18n } from '../../lib/i18n/i18n';
import { KindTag, SeverityBadge } from './FindingBadges';

export interface ChosenFindingProps {
  finding: Finding;
  inView: (nodeId: string) => boolean;
  nameOf: (nodeId: string) => string | undefined;
  onClear: () => void;
  ruleHref: (rule: RuleId) => string;
  onOpenRule: (rule: RuleId) => void;
  /** Opens the map with the finding's municipalities outlined. */
  onShowOnMap: () => void;
}

export function ChosenFinding({ finding, inView, nameOf, onClear, ruleHref, onOpenRule, onShowOnMap }: ChosenFindingProps) {
  const { t, vocab, lang } = useI18n();
  const nodes = [finding.subject, ...finding.related];
  const missing = nodes.filter((id) => !inView(id)).length;
  return (
    <section className="chosen-finding" data-testid="chosen-finding" aria-label={t.findingChosen}>
      <div className="chosen-finding__head">
        <SeverityBadge severity={finding.severity} />
        <KindTag kind={finding.kind} />
        <strong>{vocab.rule[finding.rule]}</strong>
        <a
          className="chosen-finding__explain"
          href={ruleHref(finding.rule)}
          onClick={(event) => {
            event.preventDefault();
            onOpenRule(finding.rule);
          }}
        >
          {t.findingsAboutRule}
        </a>
        <button type="button" className="button chosen-finding__map" data-testid="finding-on-map" onClick={onShowOnMap}>
          {t.findingOnMap}
        </button>
        <button type="button" className="icon-button" aria-label={t.findingClear} title={t.findingClear} onClick={onClear}>
          ×
        </button>
      </div>
      <p className="chosen-finding__message">{finding.message[lang]}</p>
      <p className="chosen-finding__nodes">
        <span className="field__label">{t.findingInvolved}</span>{' '}
        {nodes.map((id, index) => (
          <span
            key={id}
            className={['node-chip', index === 0 ? 'node-chip--subject' : '', inView(id) ? '' : 'node-chip--absent'].join(' ').trim()}
            title={id}
          >
            {nameOf(id) ?? id}
          </span>
        ))}
        {missing > 0 && <span className="muted"> {t.findingNotInView(missing)}</span>}
      </p>
    </section>
  );
}
