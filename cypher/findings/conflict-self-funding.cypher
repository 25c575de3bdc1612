// CONFLICT_SELF_FUNDING: where CONFLICT_REGIE_ACTOR holds for a (municipality, directed network), the
// municipality also FUNDS (amount > 0; only year $year when it is not null) organisations it OPERATES that have
// an offer (anywhere) of a domain the network directs. One row per (municipality, network).
// $networkTypeDomains: network type → its domains; $functionDomains: offer function → its domain.
MATCH (m:Municipality {generation: $generation})-[:DIRECTS]->(n:Network)
WITH m, n, coalesce($networkTypeDomains[n.type], []) AS domains
WHERE size(domains) > 0
  AND (
    EXISTS { (m)-[r:MEMBER_OF]->(n) WHERE r.role = 'actor' }
    OR EXISTS {
      MATCH (m)-[:OPERATES]->(:Organisation)-[:PROVIDES]->(f:Offer)-[:LOCATED_IN|SERVES]->(:Municipality)<-[:COVERS]-(n)
      WHERE $functionDomains[f.function] IN domains
    }
  )
CALL (m, domains) {
  MATCH (m)-[:OPERATES]->(o:Organisation)
  WHERE EXISTS { MATCH (o)-[:PROVIDES]->(f:Offer) WHERE $functionDomains[f.function] IN domains }
  WITH o, reduce(total = 0, amount IN [(m)-[fund:FUNDS]->(o) WHERE $year IS NULL OR fund.year = $year | fund.amount] | total + amount) AS funding
  WHERE funding > 0
  WITH o.id AS organisation, funding
  ORDER BY organisation
  RETURN collect(organisation) AS organisations, sum(funding) AS amount
}
WITH m, n, organisations, amount
WHERE size(organisations) > 0
RETURN
  m.id AS subject,
  n.id AS key,
  'high' AS severity,
  [n.id] + organisations AS related,
  {network: n.id, organisations: organisations, amount: round(amount * 100) / 100.0} AS evidence
ORDER BY subject, key
