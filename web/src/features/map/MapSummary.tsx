// One story, one set of counts: the findings of Flanders (or the chosen zone) by kind and severity,
// each count opening Bevindingen filtered to exactly those findings.
import { FINDING_KINDS, SEVERITIES, type FindingKind, type Severity } from '@knooppunt/server/domain/findings';
import type { RuleTally } from '@knooppunt/server/domain/map-overview';
import { countTally, kindSeverityCounts } from '@knooppunt/server/domain/rule-tally';
import { useI18n } from '../../lib/i18n/i18n';
import { useMapText } from './map-text';

export interface MapSummaryProps {
  place: string;
  findings: RuleTally;
  onOpen: (filter: { kind: FindingKind; severity: Severity }) => void;
}

export function MapSummary({ place, findings, onOpen }: MapSummaryProps) {
  const text = useMapText();
  const { vocab } = useI18n();
  const counts = kindSeverityCounts(findings);
  return (
    <section className="map-summary" data-testid="map-summary" aria-labelledby="map-summary-title">
      <h3 id="map-summary-title">{text.summaryTitle(place)}</h3>
      <p className="map-summary__total">{text.summaryTotal(countTally(findings))}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{text.summaryKind}</th>
            {SEVERITIES.map((severity) => (
              <th key={severity} scope="col">
                {vocab.severity[severity]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FINDING_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{vocab.findingKind[kind]}</th>
              {SEVERITIES.map((severity) => {
                const count = counts[kind][severity];
                return (
                  <td key={severity}>
                    {count === 0 ? (
                      <span className="map-summary__zero">0</span>
                    ) : (
                      <button
                        type="button"
                        data-kind={kind}
                        data-severity={severity}
                        aria-label={text.summaryOpen(count, vocab.findingKind[kind], vocab.severity[severity])}
                        onClick={() => onOpen({ kind, severity })}
                      >
                        {count}
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="map-note">{text.countingNote}</p>
    </section>
  );
}
