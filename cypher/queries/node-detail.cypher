// A node with every relationship it has, the other end summarised, and the zones it belongs to or
// reaches (the same definition as server/src/graph/queries/node-zones.ts).
MATCH (n:KnooppuntNode {id: $id, generation: $generation})
RETURN
  {id: n.id, labels: labels(n), properties: properties(n)} AS node,
  COLLECT {
    MATCH (n)-[r]-(other:KnooppuntNode)
    RETURN {
      relationship: {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)},
      direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
      other: {id: other.id, labels: labels(other), properties: properties(other)}
    }
  } AS relationships,
  COLLECT {
    MATCH (n:Municipality)-[:IN_ZONE]->(z:Zone) RETURN {id: z.id, labels: labels(z), properties: properties(z)} AS zone
    UNION
    MATCH (z:Zone) WHERE z = n RETURN {id: z.id, labels: labels(z), properties: properties(z)} AS zone
    UNION
    MATCH (n:Network)-[:COUNCIL_OF]->(z:Zone) RETURN {id: z.id, labels: labels(z), properties: properties(z)} AS zone
    UNION
    MATCH (n:Network)-[:COVERS]->(:Municipality)-[:IN_ZONE]->(z:Zone) RETURN {id: z.id, labels: labels(z), properties: properties(z)} AS zone
    UNION
    MATCH (n:Organisation)<-[:OPERATES]-(:Municipality)-[:IN_ZONE]->(z:Zone) RETURN {id: z.id, labels: labels(z), properties: properties(z)} AS zone
    UNION
    MATCH (n:Organisation)-[:PROVIDES]->(:Offer)-[:LOCATED_IN|SERVES]->(:Municipality)-[:IN_ZONE]->(z:Zone) RETURN {id: z.id, labels: labels(z), properties: properties(z)} AS zone
    UNION
    MATCH (n:Offer)-[:LOCATED_IN|SERVES]->(:Municipality)-[:IN_ZONE]->(z:Zone) RETURN {id: z.id, labels: labels(z), properties: properties(z)} AS zone
  } AS zones
