// Deletes one snapshot with its chunks; `deleted` is 0 when there was none with that id.
OPTIONAL MATCH (snapshot:KnooppuntSnapshot {id: $id})
OPTIONAL MATCH (snapshot)-[:HAS_CHUNK]->(chunk:KnooppuntSnapshotChunk)
WITH snapshot, collect(chunk) AS chunks
FOREACH (piece IN chunks | DETACH DELETE piece)
DETACH DELETE snapshot
RETURN count(snapshot) AS deleted
