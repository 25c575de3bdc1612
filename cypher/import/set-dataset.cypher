// What the store was last loaded with: when, and the dataset's manifest (as JSON text). An upsert that
// brings no manifest keeps describing the data as the earlier one did.
MERGE (d:KnooppuntDataset {id: 'current'})
SET d.importedAt = $importedAt,
    d.manifest = CASE WHEN $replace OR $manifest IS NOT NULL THEN $manifest ELSE d.manifest END
