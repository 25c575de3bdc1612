// GAP_NO_HUIS_VAN_HET_KIND: municipalities that no HUIS_VAN_HET_KIND network (Huis van het Kind) covers.
// One row per municipality; related: its zones. No parameters.
OPTIONAL MATCH (:Network {type: 'HUIS_VAN_HET_KIND', generation: $generation})-[:COVERS]->(covered:Municipality)
WITH collect(DISTINCT covered) AS covered
MATCH (m:Municipality {generation: $generation})
WHERE NOT m IN covered
WITH m, COLLECT { MATCH (m)-[:IN_ZONE]->(z:Zone) RETURN z.id ORDER BY z.id } AS zones
RETURN m.id AS subject, '' AS key, 'high' AS severity, zones AS related, {networkType: 'HUIS_VAN_HET_KIND'} AS evidence
ORDER BY subject
