// Staging generations whose import stopped beating (killed, or Neo4j restarted under it) become
// abandoned; then every generation that is no longer wanted is listed for removal.
OPTIONAL MATCH (stale:KnooppuntGeneration {state: 'staging'})
WHERE stale.touchedAt < $staleBefore
SET stale.state = 'abandoned'
WITH count(stale) AS abandoned
MATCH (g:KnooppuntGeneration)
WHERE g.state IN ['retired', 'abandoned']
RETURN g.id AS generation
ORDER BY generation
