// Coverage facts per municipality (all, or those of $zoneId): zones, covering networks, the functions of
// offers located in or serving it and its neighbours, and childcare places located in it.
MATCH (m:Municipality {generation: $generation})
WHERE $zoneId IS NULL OR EXISTS { (m)-[:IN_ZONE]->(:Zone {id: $zoneId}) }
RETURN
  m.id AS id,
  m.name AS name,
  m.nis AS nis,
  m.children0to3 AS children0to3,
  COLLECT { MATCH (m)-[:IN_ZONE]->(z:Zone) RETURN z.id } AS zones,
  COLLECT { MATCH (n:Network)-[:COVERS]->(m) RETURN {id: n.id, type: n.type, name: n.name} } AS networks,
  COLLECT { MATCH (f:Offer)-[:LOCATED_IN|SERVES]->(m) RETURN DISTINCT f.function } AS localFunctions,
  COLLECT {
    MATCH (m)-[:ADJACENT_TO]-(:Municipality)<-[:LOCATED_IN|SERVES]-(f:Offer)
    RETURN DISTINCT f.function
  } AS neighbourFunctions,
  reduce(places = 0, capacity IN COLLECT {
    MATCH (f:Offer {function: 'kinderopvang_baby_peuter'})-[:LOCATED_IN]->(m) RETURN coalesce(f.capacity, 0)
  } | places + capacity) AS childcarePlaces
