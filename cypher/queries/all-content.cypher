// Every Knooppunt node and relationship, for the content hash.
MATCH (n:KnooppuntNode)
RETURN
  collect({id: n.id, labels: labels(n), properties: properties(n)}) AS nodes,
  COLLECT {
    MATCH (a:KnooppuntNode)-[r]->(b:KnooppuntNode)
    RETURN {id: r.id, type: type(r), from: a.id, to: b.id, properties: properties(r)}
  } AS relationships
