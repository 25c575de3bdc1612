// Every relationship between Knooppunt nodes in id order: streamed after the nodes.
MATCH (a:KnooppuntNode {generation: $generation})-[r]->(b:KnooppuntNode)
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
ORDER BY id
