// CONFLICT_UNEQUAL_SUPPORT: a municipality funds its own organisations (that it OPERATES and funds, with offers of
// domain D LOCATED_IN it), while another nonprofit or private organisation with offers of D located there gets no
// funding from it, or (both sides with places > 0) less per place than $unequalRatio × the own organisations' per place
// (their total funding ÷ their total places of D there; compared cross-multiplied, so no rounding decides it).
// One row per (municipality, domain). Only year $year counts when not null. $functionDomains: offer function → domain.
MATCH (m:Municipality {generation: $generation})-[:OPERATES]->(o:Organisation)-[:PROVIDES]->(f:Offer)-[:LOCATED_IN]->(m)
WITH m, o, $functionDomains[f.function] AS domain, f
WHERE domain IS NOT NULL
WITH m, o, domain, sum(coalesce(f.capacity, 0)) AS places
WITH m, o, domain, places,
  reduce(total = 0, amount IN [(m)-[fund:FUNDS]->(o) WHERE $year IS NULL OR fund.year = $year | fund.amount] | total + amount) AS funding
WHERE funding > 0
WITH m, domain, o.id AS organisation, places, funding
ORDER BY organisation
WITH m, domain, collect(organisation) AS ownOrganisations, sum(funding) AS ownFunding, sum(places) AS ownPlaces
WITH m, collect({domain: domain, ownOrganisations: ownOrganisations, ownFunding: ownFunding, ownPlaces: ownPlaces}) AS ownSides
// The other side, once per municipality: each nonprofit or private provider of those domains there.
// Labels are left off where the relationship implies them (only offers are LOCATED_IN, only organisations
// PROVIDE), and offers outside the own sides' domains are dropped before their providers are looked up.
CALL (m, ownSides) {
  MATCH (m)<-[:LOCATED_IN]-(f)
  WITH m, f, $functionDomains[f.function] AS domain
  WHERE domain IN [side IN ownSides | side.domain]
  MATCH (f)<-[:PROVIDES]-(p)
  WHERE p.legalForm IN ['nonprofit', 'private']
  WITH m, p, domain, sum(coalesce(f.capacity, 0)) AS places
  WITH p, domain, places,
    reduce(total = 0, amount IN [(m)-[fund:FUNDS]->(p) WHERE $year IS NULL OR fund.year = $year | fund.amount] | total + amount) AS funding
  RETURN collect({organisation: p.id, domain: domain, places: places, funding: funding}) AS others
}
UNWIND ownSides AS side
WITH m, side, [other IN others
    WHERE other.domain = side.domain
      AND NOT other.organisation IN side.ownOrganisations
      AND (other.funding <= 0
        OR (other.places > 0 AND side.ownPlaces > 0 AND other.funding * side.ownPlaces < $unequalRatio * side.ownFunding * other.places))
    | other.organisation] AS disadvantaged
WHERE size(disadvantaged) > 0
WITH m, side, COLLECT { UNWIND disadvantaged AS id RETURN id ORDER BY id } AS disadvantaged
RETURN
  m.id AS subject,
  side.domain AS key,
  'medium' AS severity,
  side.ownOrganisations + disadvantaged AS related,
  {
    domain: side.domain,
    ownOrganisations: side.ownOrganisations,
    ownPerPlace: CASE WHEN side.ownPlaces > 0 THEN round(toFloat(side.ownFunding) / side.ownPlaces * 100) / 100.0 ELSE null END,
    disadvantaged: disadvantaged
  } AS evidence
ORDER BY subject, key
