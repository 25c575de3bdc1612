// Upsert PROVIDES relationships (Organisation → Offer) by their id. Ends are matched, never created: the
// count written tells the caller whether every row found both of its ends.
UNWIND $rows AS row
MATCH (a:Organisation {id: row.from})
MATCH (b:Offer {id: row.to})
MERGE (a)-[r:PROVIDES {id: row.id}]->(b)
SET r = row.properties
RETURN count(r) AS written
