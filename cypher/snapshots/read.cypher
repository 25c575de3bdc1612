// The pieces of one snapshot's compressed graph document, in order; no rows for an unknown id.
MATCH (:KnooppuntSnapshot {id: $id})-[:HAS_CHUNK]->(chunk:KnooppuntSnapshotChunk)
RETURN chunk.data AS data
ORDER BY chunk.index
