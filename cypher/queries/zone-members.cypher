// The node ids of a zone's collaboration graph (the same definition as server/src/graph/queries/zone-graph.ts):
// the zone, its municipalities, the other zones they lie in, the networks that cover them, that they
// direct or that are the zone's council, those networks' member organisations, the organisations the
// municipalities run or that have offers there, and those offers.
MATCH (zone:Zone {id: $zoneId, generation: $generation})
WITH zone, COLLECT { MATCH (m:Municipality)-[:IN_ZONE]->(zone) RETURN m } AS municipalities
WITH zone, municipalities, COLLECT {
    MATCH (n:Network)-[:COUNCIL_OF]->(zone) RETURN n
    UNION
    UNWIND municipalities AS m MATCH (n:Network)-[:COVERS]->(m) RETURN n
    UNION
    UNWIND municipalities AS m MATCH (m)-[:DIRECTS]->(n:Network) RETURN n
  } AS networks
RETURN [zone.id] + COLLECT {
    UNWIND municipalities AS m RETURN m.id AS id
    UNION
    UNWIND municipalities AS m MATCH (m)-[:IN_ZONE]->(z:Zone) RETURN z.id AS id
    UNION
    UNWIND networks AS n RETURN n.id AS id
    UNION
    UNWIND networks AS n MATCH (o:Organisation)-[:MEMBER_OF]->(n) RETURN o.id AS id
    UNION
    UNWIND municipalities AS m MATCH (m)-[:OPERATES]->(o:Organisation) RETURN o.id AS id
    UNION
    UNWIND municipalities AS m MATCH (f:Offer)-[:LOCATED_IN]->(m) RETURN f.id AS id
    UNION
    UNWIND municipalities AS m MATCH (o:Organisation)-[:PROVIDES]->(:Offer)-[:LOCATED_IN]->(m) RETURN o.id AS id
  } AS ids
