// CONFLICT_REGIE_ACTOR: a municipality directs a network whose type directs domain D and, within the network's
// area (the municipalities it COVERS), also acts in D: it is the network's `actor` member, or it OPERATES an
// organisation that PROVIDES an offer of D LOCATED_IN or SERVING that area. One row per (municipality, network);
// high without a governance model (beheersmodel), medium with one.
// $networkTypeDomains: network type → its domains; $functionDomains: offer function → its domain.
MATCH (m:Municipality {generation: $generation})-[:DIRECTS]->(n:Network)
WITH m, n, coalesce($networkTypeDomains[n.type], []) AS domains
WHERE size(domains) > 0
WITH m, n, domains,
  EXISTS { (m)-[r:MEMBER_OF]->(n) WHERE r.role = 'actor' } AS actorMember,
  COLLECT {
    MATCH (m)-[:OPERATES]->(o:Organisation)-[:PROVIDES]->(f:Offer)-[:LOCATED_IN|SERVES]->(:Municipality)<-[:COVERS]-(n)
    WHERE $functionDomains[f.function] IN domains
    RETURN DISTINCT o.id AS id ORDER BY id
  } AS organisations
WHERE actorMember OR size(organisations) > 0
WITH m, n, domains, actorMember, organisations, coalesce(n.governanceModel, false) AS governanceModel
RETURN
  m.id AS subject,
  n.id AS key,
  CASE WHEN governanceModel THEN 'medium' ELSE 'high' END AS severity,
  [n.id] + organisations AS related,
  {network: n.id, domains: domains, governanceModel: governanceModel, actorMember: actorMember, organisations: organisations} AS evidence
ORDER BY subject, key
