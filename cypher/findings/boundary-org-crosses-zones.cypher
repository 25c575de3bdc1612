// BOUNDARY_ORG_CROSSES_ZONES: organisations whose offers are located in or serve municipalities that belong,
// together, to more than one zone. One row per organisation; related and evidence.zones: those zones.
MATCH (o:Organisation {generation: $generation})-[:PROVIDES]->(:Offer)-[:LOCATED_IN|SERVES]->(m:Municipality)
WITH DISTINCT o, m
MATCH (m)-[:IN_ZONE]->(z:Zone)
WITH o, z.id AS zone
ORDER BY zone
WITH o, collect(DISTINCT zone) AS zones
WHERE size(zones) > 1
RETURN o.id AS subject, '' AS key, 'low' AS severity, zones AS related, {zones: zones} AS evidence
ORDER BY subject
