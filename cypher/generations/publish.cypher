// Publishes a staged generation: one small transaction that flips the dataset marker to it, bumps the
// revision every reader and cache keys on, and retires the generation it replaces. No row means the
// generation was no longer staging (abandoned by another process): nothing changed.
MATCH (g:KnooppuntGeneration {id: $generation, state: 'staging'})
MERGE (d:KnooppuntDataset {id: 'current'})
WITH g, d, d.generation AS previous
SET g.state = 'published',
    g.touchedAt = $now,
    d.generation = $generation,
    d.revision = coalesce(d.revision, 0) + 1,
    d.importedAt = $importedAt,
    d.manifest = $manifest,
    d.counts = $counts
WITH d, previous
OPTIONAL MATCH (old:KnooppuntGeneration {id: previous})
SET old.state = 'retired'
RETURN previous, d.revision AS revision
