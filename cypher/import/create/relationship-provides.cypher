// Create PROVIDES relationships (Organisation → Offer) between nodes of the generation being staged ($generation).
// Ends are matched, never created: the count written tells the caller whether every row found both ends.
UNWIND $rows AS row
MATCH (a:Organisation {id: row.from, generation: $generation})
MATCH (b:Offer {id: row.to, generation: $generation})
CREATE (a)-[r:PROVIDES]->(b)
SET r = row.properties
RETURN count(r) AS written
