// Create COUNCIL_OF relationships (Network → Zone) between nodes of the generation being staged ($generation).
// Ends are matched, never created: the count written tells the caller whether every row found both ends.
UNWIND $rows AS row
MATCH (a:Network {id: row.from, generation: $generation})
MATCH (b:Zone {id: row.to, generation: $generation})
CREATE (a)-[r:COUNCIL_OF]->(b)
SET r = row.properties
RETURN count(r) AS written
