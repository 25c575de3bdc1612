// OVERLAP_FORUM_LOAD: organisations that are a member of at least $forumLoad (e.g. 4) networks that all
// cover one municipality. One row per organisation; related: the municipalities where that happens.
// Only an organisation with at least $forumLoad memberships can qualify: that count is the node's degree,
// read without expanding, so the networks' coverage is expanded for a few organisations, not all of them.
MATCH (o:Organisation {generation: $generation})
WHERE COUNT { (o)-[:MEMBER_OF]->() } >= $forumLoad
MATCH (o)-[:MEMBER_OF]->(n:Network)-[:COVERS]->(m:Municipality)
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
