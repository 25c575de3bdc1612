// Small labelled marks for a finding's severity and kind: text first, colour and line style as support.
import type { FindingKind, Severity } from '@knooppunt/server/domain/findings';
import { useI18n } from '../../lib/i18n/i18n';
import { FINDING_KIND_STYLE, SEVERITY_COLOUR } from '../../lib/palette';

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { vocab } = useI18n();
  const colour = SEVERITY_COLOUR[severity];
  return (
    <span className={`severity-badge severity-badge--${severity}`} style={{ background: colour.background, color: colour.text }}>
      {vocab.severity[severity]}
    </span>
  );
}

/** The same line the graph draws around a node with a finding of this kind. */
export function KindSample({ kind }: { kind: FindingKind }) {
  const style = FINDING_KIND_STYLE[kind];
  return <span className="kind-sample" style={{ borderColor: style.colour, borderStyle: style.line }} aria-hidden="true" />;
}

export function KindTag({ kind }: { kind: FindingKind }) {
  const { vocab } = useI18n();
  return (
    <span className="kind-tag">
      <KindSample kind={kind} />
      {vocab.findingKind[kind]}
    </span>
  );
}
