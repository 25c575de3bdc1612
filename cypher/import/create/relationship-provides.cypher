// Create PROVIDES relationships (Organisation → Offer) in a database without Knooppunt data (the fast
// path). Ends are matched: the count written tells the caller whether every row found both ends.
UNWIND $rows AS row
MATCH (a:Organisation {id: row.from})
MATCH (b:Offer {id: row.to})
CREATE (a)-[r:PROVIDES]->(b)
SET r = row.properties
RETURN count(r) AS written
