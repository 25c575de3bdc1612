// The sidebar's finding markers: a switch to show or hide them, and their legend (kind by colour and
// line, severity by width), with how many nodes in view carry each kind.
import { FINDING_KINDS, SEVERITIES, type FindingKind } from '@knooppunt/server/domain/findings';
import { useI18n } from '../../lib/i18n/i18n';
import { FINDING_KIND_STYLE, SEVERITY_BORDER_WIDTH } from '../../lib/palette';

export interface FindingOverlayControlsProps {
  show: boolean;
  onChange: (show: boolean) => void;
  /** Marked nodes in view per kind of their worst finding. */
  counts: ReadonlyMap<FindingKind, number>;
}

function MarkerSample({ colour, line, width }: { colour: string; line: string; width: number }) {
  return (
    <span
      className="marker-sample"
      style={{ borderColor: colour, borderStyle: line, borderWidth: Math.max(2, Math.round(width / 2)) }}
      aria-hidden="true"
    />
  );
}

export function FindingOverlayControls({ show, onChange, counts }: FindingOverlayControlsProps) {
  const { t, vocab, formatNumber } = useI18n();
  return (
    <fieldset className="overlay-controls">
      <legend>{t.overlayTitle}</legend>
      <label className="label-filter">
        <input type="checkbox" data-testid="overlay-toggle" checked={show} onChange={(event) => onChange(event.target.checked)} />
        <span className="label-filter__name">{t.overlayToggle}</span>
      </label>
      {show && (
        <>
          <ul className="overlay-legend">
            {FINDING_KINDS.map((kind) => (
              <li key={kind}>
                <MarkerSample colour={FINDING_KIND_STYLE[kind].colour} line={FINDING_KIND_STYLE[kind].line} width={6} />
                <span className="label-filter__name">{vocab.findingKind[kind]}</span>
                <span className="label-filter__count">{formatNumber(counts.get(kind) ?? 0)}</span>
              </li>
            ))}
          </ul>
          <p className="overlay-severity">
            {SEVERITIES.map((severity) => (
              <span key={severity}>
                <MarkerSample colour="#5f6b77" line="solid" width={SEVERITY_BORDER_WIDTH[severity]} />
                {vocab.severity[severity]}
              </span>
            ))}
          </p>
          <p className="overlay-note">{t.overlayNote}</p>
        </>
      )}
    </fieldset>
  );
}
