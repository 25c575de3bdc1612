// What the store was last loaded with: when, and the dataset's manifest (as JSON text).
MERGE (d:KnooppuntDataset {id: 'current'})
SET d.importedAt = $importedAt, d.manifest = $manifest
