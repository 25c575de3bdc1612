// BOUNDARY_CONTINUITY: for two adjacent municipalities and a network type of $localNetworkTypes
// (['HUIS_VAN_HET_KIND', 'LOK', 'BOA', 'GBO']), one is covered by no such network while the other is.
// One row per uncovered municipality, type and neighbour (key: 'TYPE|neighbour id').
MATCH (m:Municipality {generation: $generation})-[:ADJACENT_TO]-(neighbour:Municipality)
WHERE neighbour <> m
WITH DISTINCT m, neighbour
UNWIND $localNetworkTypes AS networkType
WITH m, neighbour, networkType
// (n) without its label: only networks COVER, and so the planner expands from the municipality instead of
// scanning the network type index.
WHERE NOT EXISTS { (m)<-[:COVERS]-(n) WHERE n.type = networkType }
WITH m, neighbour, networkType,
  COLLECT { MATCH (neighbour)<-[:COVERS]-(n) WHERE n.type = networkType RETURN DISTINCT n.id AS id ORDER BY id } AS neighbourNetworks
WHERE size(neighbourNetworks) > 0
RETURN
  m.id AS subject,
  networkType + '|' + neighbour.id AS key,
  'low' AS severity,
  [neighbour.id] + neighbourNetworks AS related,
  {networkType: networkType, neighbour: neighbour.id, neighbourNetworks: neighbourNetworks} AS evidence
ORDER BY subject, key
