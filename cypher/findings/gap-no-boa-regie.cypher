// GAP_NO_BOA_REGIE: municipalities that no BOA network with a directing municipality (regie) covers.
// One row per municipality; related and evidence.boaNetworks: the (undirected) BOA networks that do cover it.
OPTIONAL MATCH (:Municipality {generation: $generation})-[:DIRECTS]->(:Network {type: 'BOA'})-[:COVERS]->(directed:Municipality)
WITH collect(DISTINCT directed) AS directed
MATCH (m:Municipality {generation: $generation})
WHERE NOT m IN directed
WITH m, COLLECT { MATCH (n:Network {type: 'BOA'})-[:COVERS]->(m) RETURN DISTINCT n.id AS id ORDER BY id } AS boaNetworks
RETURN m.id AS subject, '' AS key, 'medium' AS severity, boaNetworks AS related, {boaNetworks: boaNetworks} AS evidence
ORDER BY subject
