// OVERLAP_MULTIPLE_ZONES: municipalities that belong to more than one zone.
// One row per municipality; related and evidence.zones: its zones.
MATCH (m:Municipality {generation: $generation})
WITH m, COLLECT { MATCH (m)-[:IN_ZONE]->(z:Zone) RETURN DISTINCT z.id AS id ORDER BY id } AS zones
WHERE size(zones) > 1
RETURN m.id AS subject, '' AS key, 'high' AS severity, zones AS related, {zones: zones} AS evidence
ORDER BY subject
