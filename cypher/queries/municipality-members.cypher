// The node ids of a municipality's partner graph (the same definition as
// server/src/graph/queries/municipality-graph.ts): the municipality, its zones and neighbours, the
// networks that cover it, that it directs or sits in, their member organisations, the organisations
// it runs or funds, and the offers located in or serving it with their providers.
MATCH (m:Municipality {id: $municipalityId, generation: $generation})
WITH m, COLLECT {
    MATCH (n:Network)-[:COVERS]->(m) RETURN n
    UNION
    MATCH (m)-[:DIRECTS|MEMBER_OF]->(n:Network) RETURN n
  } AS networks
RETURN [m.id] + COLLECT {
    MATCH (m)-[:IN_ZONE]->(z:Zone) RETURN z.id AS id
    UNION
    MATCH (m)-[:ADJACENT_TO]-(other:Municipality) RETURN other.id AS id
    UNION
    MATCH (m)-[:OPERATES|FUNDS]->(o:Organisation) RETURN o.id AS id
    UNION
    UNWIND networks AS n RETURN n.id AS id
    UNION
    UNWIND networks AS n MATCH (o:Organisation)-[:MEMBER_OF]->(n) RETURN o.id AS id
    UNION
    MATCH (f:Offer)-[:LOCATED_IN|SERVES]->(m) RETURN f.id AS id
    UNION
    MATCH (o:Organisation)-[:PROVIDES]->(:Offer)-[:LOCATED_IN|SERVES]->(m) RETURN o.id AS id
  } AS ids
