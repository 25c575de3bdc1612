// Create DIRECTS relationships (Municipality → Network) between nodes of the generation being staged ($generation).
// Ends are matched, never created: the count written tells the caller whether every row found both ends.
UNWIND $rows AS row
MATCH (a:Municipality {id: row.from, generation: $generation})
MATCH (b:Network {id: row.to, generation: $generation})
CREATE (a)-[r:DIRECTS]->(b)
SET r = row.properties
RETURN count(r) AS written
