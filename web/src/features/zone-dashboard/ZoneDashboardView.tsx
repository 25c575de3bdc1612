// The zone dashboard: an eerstelijnszone as its zorgraad coordinator explores it. Who sits in the zorgraad and
// what it lacks, what reaches across the zone's border, who brokers in the collaboration network and how its
// communities follow municipal borders, and the zone's findings; each chart with its table twin.
import type { Finding } from '@knooppunt/server/domain/findings';
import { ApiError } from '../../lib/api-client';
import { useZoneDashboard } from './api/get-zone-dashboard';
import { BorderNetworksSection } from './BorderNetworksSection';
import { BrokersSection } from './BrokersSection';
import { CommunitiesSection } from './CommunitiesSection';
import { CrossZoneSection } from './CrossZoneSection';
import { ZoneFindingsSection } from './ZoneFindingsSection';
import { ZorgraadGapsSection } from './ZorgraadGapsSection';
import { ZorgraadSection } from './ZorgraadSection';
import { useZoneDashboardText } from './zone-dashboard-text';
import './zone-dashboard.css';

export interface ZoneDashboardViewProps {
  /** The zone picker's zone; without one the dashboard asks for it. */
  zoneId: string | undefined;
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  /** Opens a finding of the zone in the findings view. */
  onOpenFinding: (finding: Finding) => void;
}

export function ZoneDashboardView({ zoneId, selectedId, onSelect, onOpenFinding }: ZoneDashboardViewProps) {
  const text = useZoneDashboardText();
  const dashboard = useZoneDashboard(zoneId);

  if (zoneId === undefined) {
    return (
      <section className="zone-dashboard" data-testid="zone-dashboard" aria-label={text.label}>
        <div className="dash-intro" data-testid="dashboard-no-zone">
          <p className="dash-intro__lead">{text.noZone}</p>
          <p className="muted">{text.noZoneDetail}</p>
        </div>
      </section>
    );
  }
  const notFound = dashboard.error instanceof ApiError && dashboard.error.status === 404;
  const data = dashboard.data;
  const openFinding = (findingId: string) => {
    const finding = data?.findings.find((candidate) => candidate.id === findingId);
    if (finding) onOpenFinding(finding);
  };
  return (
    <section className="zone-dashboard" data-testid="zone-dashboard" aria-label={text.label} aria-busy={dashboard.isPending}>
      {dashboard.isPending && <p className="view-status">{text.loading}</p>}
      {dashboard.isError && <p className="view-status view-status--error">{notFound ? text.notFound : text.error}</p>}
      {data && (
        <>
          <header className="dash-header">
            <h3 className="dash-header__title">{text.title(data.zone.name)}</h3>
            <p className="muted">
              {text.facts(data.municipalities.length, data.collaboration.size.nodes, data.collaboration.size.edges)}{' '}
              · {data.municipalities.map((municipality) => municipality.name).join(', ')}
            </p>
          </header>
          <div className="dash-grid">
            <ZorgraadSection zorgraden={data.zorgraden} selectedId={selectedId} onSelect={onSelect} />
            <ZorgraadGapsSection zorgraden={data.zorgraden} absent={data.absentMunicipalities} selectedId={selectedId} onSelect={onSelect} onOpenFinding={openFinding} />
            <BrokersSection metrics={data.collaboration} selectedId={selectedId} onSelect={onSelect} />
            <CommunitiesSection metrics={data.collaboration} selectedId={selectedId} onSelect={onSelect} />
            <BorderNetworksSection networks={data.borderNetworks} selectedId={selectedId} onSelect={onSelect} />
            <CrossZoneSection organisations={data.crossZoneOrganisations} selectedId={selectedId} onSelect={onSelect} />
            <ZoneFindingsSection findings={data.findings} onOpenFinding={openFinding} />
          </div>
        </>
      )}
    </section>
  );
}
