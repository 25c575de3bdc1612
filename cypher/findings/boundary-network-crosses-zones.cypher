// BOUNDARY_NETWORK_CROSSES_ZONES: networks whose covered municipalities belong, together, to more than one zone.
// One row per network; related and evidence.zones: those zones.
MATCH (n:Network {generation: $generation})
WITH n, COLLECT { MATCH (n)-[:COVERS]->(:Municipality)-[:IN_ZONE]->(z:Zone) RETURN DISTINCT z.id AS id ORDER BY id } AS zones
WHERE size(zones) > 1
RETURN n.id AS subject, '' AS key, 'low' AS severity, zones AS related, {zones: zones} AS evidence
ORDER BY subject
