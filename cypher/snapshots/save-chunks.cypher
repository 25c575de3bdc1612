// A batch of pieces of a snapshot's compressed graph document: each chunk is a byte array of bounded
// size, numbered so the document can be put together again in order.
MATCH (snapshot:KnooppuntSnapshot {id: $id})
UNWIND $chunks AS chunk
CREATE (snapshot)-[:HAS_CHUNK]->(:KnooppuntSnapshotChunk {index: chunk.index, data: chunk.data})
