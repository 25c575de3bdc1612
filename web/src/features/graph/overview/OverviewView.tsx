// The whole graph (Vlaanderen) in the explorer: the overview's aggregates on their place in Flanders.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useCentroids } from '../api/get-centroids';
import { zoneGraphQueryOptions } from '../api/get-zone-graph';
import { useOverview } from './api/get-overview';
import { overviewElements } from './overview-elements';
import { useOverviewText } from './overview-text';
import { OverviewCanvas } from './OverviewCanvas';
import '../graph.css';
import './overview.css';

export interface OverviewViewProps {
  onOpenZone: (zoneId: string) => void;
  onOpenMunicipality: (municipalityId: string, zoneId: string | undefined) => void;
}

export function OverviewView({ onOpenZone, onOpenMunicipality }: OverviewViewProps) {
  const text = useOverviewText();
  const overview = useOverview(true);
  const centroids = useCentroids(true);
  const queryClient = useQueryClient();
  const places = useMemo(() => new Map((centroids.data ?? []).map((c) => [c.nis, { lon: c.lon, lat: c.lat }])), [centroids.data]);
  const elements = useMemo(() => {
    if (!overview.data || !centroids.data) return undefined;
    return overviewElements(overview.data, places, { zone: text.zoneCaption, municipality: text.municipalityCaption });
  }, [overview.data, centroids.data, places, text.zoneCaption, text.municipalityCaption]);
  // Zone graphs come through the query cache, so opening a zone after seeing its detail costs nothing.
  const loadZoneGraphs = useCallback(
    (zoneIds: readonly string[]) => Promise.all(zoneIds.map((zoneId) => queryClient.fetchQuery(zoneGraphQueryOptions(zoneId)))),
    [queryClient],
  );

  const failed = overview.isError || centroids.isError;
  return (
    <section className="graph-view overview-view" aria-label={text.title}>
      {elements && overview.data && (
        <>
          <OverviewCanvas
            elements={elements}
            centroids={places}
            loadZoneGraphs={loadZoneGraphs}
            label={text.label(overview.data.zones.length, overview.data.municipalities.length)}
            onOpenZone={onOpenZone}
            onOpenMunicipality={onOpenMunicipality}
          />
          <p className="graph-counts">{text.facts(overview.data.nodes, overview.data.relationships)}</p>
          <p className="overview-hint">{text.hint}</p>
        </>
      )}
      {!elements && !failed && <p className="graph-overlay">{text.loading}</p>}
      {failed && <p className="graph-overlay graph-overlay--error">{text.error}</p>}
    </section>
  );
}
