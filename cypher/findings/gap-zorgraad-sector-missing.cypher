// GAP_ZORGRAAD_SECTOR_MISSING: zorgraden without a member seated for a sector of $zorgraadSectors
// (e.g. ['jeugdhulp', 'handicap', 'kinderopvang']); one row per zorgraad and missing sector.
// A member's seat is MEMBER_OF.sector, else the organisation's sector, else lokaal_bestuur.
MATCH (n:Network {type: 'ZORGRAAD', generation: $generation})
WITH n, COLLECT {
    MATCH (member)-[r:MEMBER_OF]->(n)
    RETURN DISTINCT coalesce(r.sector, CASE WHEN member:Organisation THEN member.sector ELSE 'lokaal_bestuur' END) AS seat
    ORDER BY seat
  } AS seats
UNWIND $zorgraadSectors AS sector
WITH n, seats, sector
WHERE NOT sector IN seats
RETURN
  n.id AS subject,
  sector AS key,
  'medium' AS severity,
  COLLECT { MATCH (n)-[:COUNCIL_OF]->(z:Zone) RETURN DISTINCT z.id AS id ORDER BY id } AS related,
  {sector: sector, seats: seats} AS evidence
ORDER BY subject, key
