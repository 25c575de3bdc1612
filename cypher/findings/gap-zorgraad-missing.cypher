// GAP_ZORGRAAD_MISSING: zones (eerstelijnszones) that no ZORGRAAD network is the council of.
// One row per zone; related and evidence.municipalities: the zone's municipalities.
MATCH (z:Zone {generation: $generation})
WHERE NOT EXISTS { (z)<-[:COUNCIL_OF]-(n) WHERE n.type = 'ZORGRAAD' }
WITH z, COLLECT { MATCH (m:Municipality)-[:IN_ZONE]->(z) RETURN DISTINCT m.id AS id ORDER BY id } AS municipalities
RETURN z.id AS subject, '' AS key, 'high' AS severity, municipalities AS related, {municipalities: municipalities} AS evidence
ORDER BY subject
