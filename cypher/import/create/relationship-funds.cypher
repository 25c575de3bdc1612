// Create FUNDS relationships (Municipality → Organisation) in a database without Knooppunt data (the fast
// path). Ends are matched: the count written tells the caller whether every row found both ends.
UNWIND $rows AS row
MATCH (a:Municipality {id: row.from})
MATCH (b:Organisation {id: row.to})
CREATE (a)-[r:FUNDS]->(b)
SET r = row.properties
RETURN count(r) AS written
