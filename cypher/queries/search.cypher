// Search candidates: nodes whose accent-free lower-case name contains $query, or municipalities whose
// NIS starts with it. Ranking happens in the application, the same way for every store.
CALL {
  MATCH (n:KnooppuntNode {generation: $generation}) WHERE $byNis = false AND n.searchName CONTAINS $query RETURN n
  UNION
  MATCH (n:Municipality {generation: $generation}) WHERE $byNis = true AND n.nis STARTS WITH $query RETURN n
}
RETURN
  n.id AS id,
  [label IN labels(n) WHERE label <> 'KnooppuntNode'][0] AS label,
  n.searchName AS searchName,
  n.name AS name,
  n.nis AS nis,
  COLLECT { MATCH (n:Municipality)-[:IN_ZONE]->(z:Zone) RETURN z.id ORDER BY z.id } AS zones
