// OVERLAP_SAME_TYPE: municipalities covered by two or more networks of one type of $localNetworkTypes
// (['HUIS_VAN_HET_KIND', 'LOK', 'BOA', 'GBO']). One row per municipality and type; related: those networks.
MATCH (n:Network {generation: $generation})-[:COVERS]->(m:Municipality)
WHERE n.type IN $localNetworkTypes
WITH m, n.type AS networkType, n.id AS network
ORDER BY network
WITH m, networkType, collect(DISTINCT network) AS networks
WHERE size(networks) >= 2
RETURN
  m.id AS subject,
  networkType AS key,
  'medium' AS severity,
  networks AS related,
  {networkType: networkType, networks: networks} AS evidence
ORDER BY subject, key
