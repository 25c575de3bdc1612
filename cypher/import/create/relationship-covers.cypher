// Create COVERS relationships (Network → Municipality) in a database without Knooppunt data (the fast
// path). Ends are matched: the count written tells the caller whether every row found both ends.
UNWIND $rows AS row
MATCH (a:Network {id: row.from})
MATCH (b:Municipality {id: row.to})
CREATE (a)-[r:COVERS]->(b)
SET r = row.properties
RETURN count(r) AS written
