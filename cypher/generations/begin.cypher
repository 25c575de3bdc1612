// Registers a generation before any of its content is written, so that content can always be found
// and removed again, whatever happens to the import.
CREATE (:KnooppuntGeneration {id: $generation, state: 'staging', startedAt: $now, touchedAt: $now})
