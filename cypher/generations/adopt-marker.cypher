// Publishes the adopted generation: registers it and points the dataset marker at it.
MERGE (g:KnooppuntGeneration {id: $generation})
SET g.state = 'published', g.startedAt = coalesce(g.startedAt, $now), g.touchedAt = $now
MERGE (d:KnooppuntDataset {id: 'current'})
SET d.generation = $generation,
    d.revision = coalesce(d.revision, 0) + 1,
    d.importedAt = coalesce(d.importedAt, $importedAt),
    d.counts = $counts
