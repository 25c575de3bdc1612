// The last statement of the Cypher export's script (server/src/export/cypher-export.ts fills in the {{…}}):
// the dataset marker, dated by the export, which a Knooppunt server adopts at start
// (cypher/generations/adopt-marker.cypher) so it reports this dataset.
MERGE (d:KnooppuntDataset {id: 'current'})
SET d.importedAt = {{importedAt}}{{manifest}}
