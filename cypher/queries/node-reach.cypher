// Where nodes work (the same definition as server/src/graph/queries/node-reach.ts), for many nodes at once:
// a municipality itself; a zone's municipalities; the municipalities a network COVERS; those that run an
// organisation or where its offers are located or serve; where an offer is located or serves. Each reached
// municipality comes with the zones it lies in. Unknown ids give no row.
UNWIND $ids AS id
MATCH (n:KnooppuntNode {id: id, generation: $generation})
WITH n, COLLECT {
    MATCH (m:Municipality) WHERE m = n RETURN m
    UNION
    MATCH (n:Zone)<-[:IN_ZONE]-(m:Municipality) RETURN m
    UNION
    MATCH (n:Network)-[:COVERS]->(m:Municipality) RETURN m
    UNION
    MATCH (n:Organisation)<-[:OPERATES]-(m:Municipality) RETURN m
    UNION
    MATCH (n:Organisation)-[:PROVIDES]->(:Offer)-[:LOCATED_IN|SERVES]->(m:Municipality) RETURN m
    UNION
    MATCH (n:Offer)-[:LOCATED_IN|SERVES]->(m:Municipality) RETURN m
  } AS reached
RETURN
  n.id AS id,
  [m IN reached | {id: m.id, name: m.name, zones: COLLECT { MATCH (m)-[:IN_ZONE]->(z:Zone) RETURN z.id ORDER BY z.id }}] AS municipalities
