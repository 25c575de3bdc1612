// Upsert Network nodes by id; `row.properties` holds every property (including id), so SET replaces them all.
// Every node also carries :KnooppuntNode, whose id constraint lets queries find any node by id alone.
UNWIND $rows AS row
MERGE (n:KnooppuntNode {id: row.id})
SET n = row.properties, n:Network
RETURN count(n) AS written
