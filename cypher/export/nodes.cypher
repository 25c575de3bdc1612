// Every Knooppunt node in id order: what exports and snapshots stream, a page at a time.
MATCH (n:KnooppuntNode {generation: $generation})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id
