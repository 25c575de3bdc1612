// Create MEMBER_OF relationships (Organisation → Network) between nodes of the generation being staged ($generation).
// Ends are matched, never created: the count written tells the caller whether every row found both ends.
UNWIND $rows AS row
MATCH (a:Organisation {id: row.from, generation: $generation})
MATCH (b:Network {id: row.to, generation: $generation})
CREATE (a)-[r:MEMBER_OF]->(b)
SET r = row.properties
RETURN count(r) AS written
