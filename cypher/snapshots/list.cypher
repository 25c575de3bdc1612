// Every snapshot's summary, newest first.
MATCH (snapshot:KnooppuntSnapshot)
RETURN snapshot.id AS id,
       snapshot.name AS name,
       snapshot.createdAt AS createdAt,
       snapshot.contentHash AS contentHash,
       snapshot.nodes AS nodes,
       snapshot.relationships AS relationships
ORDER BY createdAt DESC, id DESC
