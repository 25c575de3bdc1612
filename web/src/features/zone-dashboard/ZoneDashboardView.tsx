// PLACEHOLDER (session 2 wiring): replaced by the zone dashboard.
export function ZoneDashboardView(_props: { zoneId?: string; selectedId?: string; onSelect: (id: string | undefined) => void }) {
  return null;
}
