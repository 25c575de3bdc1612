// Every Knooppunt node and relationship, for the content hash. The relationships are collected after the
// nodes' aggregation, once: beside collect() in one RETURN, the subquery would be a grouping key,
// evaluated again for every node.
MATCH (n:KnooppuntNode {generation: $generation})
WITH collect({id: n.id, labels: labels(n), properties: properties(n)}) AS nodes
RETURN
  nodes,
  COLLECT {
    MATCH (a:KnooppuntNode {generation: $generation})-[r]->(b:KnooppuntNode)
    RETURN {id: r.id, type: type(r), from: a.id, to: b.id, properties: properties(r)}
  } AS relationships
