// The findings behind the chosen municipality's colour, each one click away from Bevindingen.
import { SEVERITIES, type Finding } from '@knooppunt/server/domain/findings';
import { useI18n } from '../../lib/i18n/i18n';
import { useMunicipalityFindings } from './api/get-municipality-findings';
import type { MapThresholds } from './api/get-map-overview';
import { findingsForMeasure, type MapMeasure } from './map-measure';
import { measureName } from './measure-text';
import { useMapText } from './map-text';

export interface MunicipalityFindingsProps {
  municipalityId: string;
  name: string;
  measure: MapMeasure;
  thresholds: MapThresholds;
  onOpen: (finding: Finding) => void;
}

export function MunicipalityFindings({ municipalityId, name, measure, thresholds, onOpen }: MunicipalityFindingsProps) {
  const text = useMapText();
  const { vocab, lang } = useI18n();
  const findings = useMunicipalityFindings(municipalityId, thresholds);
  // The most severe first, so the gap that gives the colour leads the list.
  const shown = findingsForMeasure(measure, findings.data ?? []).sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  return (
    <section className="map-municipality-findings" data-testid="map-municipality-findings" aria-labelledby="map-municipality-findings-title">
      <h3 id="map-municipality-findings-title">{text.municipalityFindingsTitle(name)}</h3>
      <p className="map-note">{measureName(measure, text, vocab)}</p>
      {findings.isPending && <p className="map-note">{text.loading}</p>}
      {findings.isSuccess && shown.length === 0 && <p className="map-note">{text.noMunicipalityFindings}</p>}
      {shown.length > 0 && (
        <ul>
          {shown.slice(0, 8).map((finding) => (
            <li key={finding.id}>
              <button type="button" data-finding-id={finding.id} onClick={() => onOpen(finding)}>
                {finding.message[lang]}
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown.length > 8 && <p className="map-note">{text.moreFindings(shown.length - 8)}</p>}
    </section>
  );
}
