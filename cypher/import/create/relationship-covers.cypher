// Create COVERS relationships (Network → Municipality) between nodes of the generation being staged ($generation).
// Ends are matched, never created: the count written tells the caller whether every row found both ends.
UNWIND $rows AS row
MATCH (a:Network {id: row.from, generation: $generation})
MATCH (b:Municipality {id: row.to, generation: $generation})
CREATE (a)-[r:COVERS]->(b)
SET r = row.properties
RETURN count(r) AS written
