// OVERLAP_FORUM_LOAD: organisations that are a member of at least $forumLoad (e.g. 4) networks that all
// cover one municipality. One row per organisation; related: the municipalities where that happens.
MATCH (o:Organisation {generation: $generation})-[:MEMBER_OF]->(n:Network)-[:COVERS]->(m:Municipality)
WITH o, m, count(DISTINCT n) AS networkCount
WHERE networkCount >= $forumLoad
WITH o, m.id AS municipality, networkCount
ORDER BY municipality
WITH o, collect(municipality) AS municipalities, max(networkCount) AS networkCount
RETURN
  o.id AS subject,
  '' AS key,
  'low' AS severity,
  municipalities AS related,
  {municipalities: municipalities, networkCount: networkCount, threshold: $forumLoad} AS evidence
ORDER BY subject
