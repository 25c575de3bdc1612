// GAP_GBO_PARTNER_MISSING: GBO networks without a member seated for one of the minimum partners
// (OCMW, CAW, ziekenfonds); one row per network and missing sector. A member's seat is MEMBER_OF.sector,
// else the member organisation's sector, else lokaal_bestuur for a municipality.
MATCH (n:Network {type: 'GBO', generation: $generation})
WITH n, COLLECT {
    MATCH (member)-[r:MEMBER_OF]->(n)
    RETURN DISTINCT coalesce(r.sector, CASE WHEN member:Organisation THEN member.sector ELSE 'lokaal_bestuur' END) AS seat
    ORDER BY seat
  } AS seats
UNWIND ['ocmw', 'caw', 'ziekenfonds'] AS sector
WITH n, seats, sector
WHERE NOT sector IN seats
RETURN
  n.id AS subject,
  sector AS key,
  'high' AS severity,
  COLLECT { MATCH (n)-[:COVERS]->(m:Municipality) RETURN DISTINCT m.id AS id ORDER BY id } AS related,
  {sector: sector, seats: seats} AS evidence
ORDER BY subject, key
