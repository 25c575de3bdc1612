// Upsert COVERS relationships (Network → Municipality) by their id. Ends are matched, never created: the
// count written tells the caller whether every row found both of its ends.
UNWIND $rows AS row
MATCH (a:Network {id: row.from})
MATCH (b:Municipality {id: row.to})
MERGE (a)-[r:COVERS {id: row.id}]->(b)
SET r = row.properties
RETURN count(r) AS written
