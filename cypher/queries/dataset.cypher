// What the store was last loaded with.
OPTIONAL MATCH (d:KnooppuntDataset {id: 'current'})
RETURN d.importedAt AS importedAt, d.manifest AS manifest
