// The subgraph induced by a set of node ids: those nodes and every relationship between two of them.
MATCH (n:KnooppuntNode)
WHERE n.id IN $ids AND n.generation = $generation
WITH collect(n) AS nodes, $ids AS ids
RETURN
  [n IN nodes | {id: n.id, labels: labels(n), properties: properties(n)}] AS nodes,
  COLLECT {
    UNWIND nodes AS a
    MATCH (a)-[r]->(b:KnooppuntNode)
    WHERE b.id IN ids
    RETURN {id: r.id, type: type(r), from: a.id, to: b.id, properties: properties(r)}
  } AS relationships
