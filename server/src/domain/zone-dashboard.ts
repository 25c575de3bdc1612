// The zone dashboard (GET /api/zones/{zoneId}/dashboard): an eerstelijnszone as its zorgraad coordinator
// explores it. Who sits in the zorgraad and for which sector, what it lacks, which networks and
// organisations reach across the zone's border, who brokers in the zone's collaboration graph and how its
// communities follow the municipal borders, and the zone's findings. The web app imports these shapes,
// which are defined once, as zod schemas, in zone-dashboard.schema.ts.
export type {
  AbsentMunicipality,
  BorderNetwork,
  Broker,
  CollaborationMetrics,
  Community,
  CrossZoneOrganisation,
  SeatCount,
  ZoneDashboard,
  Zorgraad,
  ZorgraadMember,
} from './zone-dashboard.schema';
