// The heartbeat of a staging generation, run in every batch's transaction. No row means the generation is
// no longer staging (another process found it abandoned): the import must stop.
MATCH (g:KnooppuntGeneration {id: $generation, state: 'staging'})
SET g.touchedAt = $now
RETURN g.id AS generation
