// The published generation, what readers filter on, with the revision and what the import left on the marker.
OPTIONAL MATCH (d:KnooppuntDataset {id: 'current'})
RETURN d.generation AS generation, d.revision AS revision, d.importedAt AS importedAt, d.manifest AS manifest, d.counts AS counts
