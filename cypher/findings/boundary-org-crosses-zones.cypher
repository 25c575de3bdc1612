// BOUNDARY_ORG_CROSSES_ZONES: organisations whose offers are located in or serve municipalities that belong,
// together, to more than one zone. One row per organisation; related and evidence.zones: those zones.
// Labels are left off where the relationship implies them (only offers are PROVIDED, LOCATED_IN or SERVING, and
// only municipalities are in a zone), and the municipalities' zones are read once and joined by hash: expanding
// IN_ZONE from a municipality (a dense node) for each of the ~40,000 offer rows was most of the work.
// Rows arrive in organisation order (the label scan's), so the zones are gathered one organisation at a time
// (no sort of every row first, and memory that does not grow with the dataset); only the few lists kept are sorted.
MATCH (o:Organisation {generation: $generation})-[:PROVIDES]->()-[:LOCATED_IN|SERVES]->(m)-[:IN_ZONE]->(z)
USING JOIN ON m
WITH DISTINCT o, z
WITH o, collect(z.id) AS zones
WHERE size(zones) > 1
WITH o, COLLECT { UNWIND zones AS zone RETURN zone ORDER BY zone } AS zones
RETURN o.id AS subject, '' AS key, 'low' AS severity, zones AS related, {zones: zones} AS evidence
ORDER BY subject
