// GAP_NO_GBO: municipalities that no GBO network (Geïntegreerd Breed Onthaal) covers.
// One row per municipality; related: its zones. No parameters.
OPTIONAL MATCH (:Network {type: 'GBO', generation: $generation})-[:COVERS]->(covered:Municipality)
WITH collect(DISTINCT covered) AS covered
MATCH (m:Municipality {generation: $generation})
WHERE NOT m IN covered
WITH m, COLLECT { MATCH (m)-[:IN_ZONE]->(z:Zone) RETURN z.id ORDER BY z.id } AS zones
RETURN m.id AS subject, '' AS key, 'medium' AS severity, zones AS related, {networkType: 'GBO'} AS evidence
ORDER BY subject
