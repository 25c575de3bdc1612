// Create IN_ZONE relationships (Municipality → Zone) in a database without Knooppunt data (the fast
// path). Ends are matched: the count written tells the caller whether every row found both ends.
UNWIND $rows AS row
MATCH (a:Municipality {id: row.from})
MATCH (b:Zone {id: row.to})
CREATE (a)-[r:IN_ZONE]->(b)
SET r = row.properties
RETURN count(r) AS written
