// An import that failed (bad data, a database error) gives up its own staging generation for removal.
MATCH (g:KnooppuntGeneration {id: $generation, state: 'staging'})
SET g.state = 'abandoned'
