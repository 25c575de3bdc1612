// Data written without generations (by Knooppunt before generations, or by the Cypher export's script)
// joins one generation, in batches; run again after a crash, it picks up where it stopped.
MATCH (n:KnooppuntNode)
WHERE n.generation IS NULL
CALL (n) { SET n.generation = $generation } IN TRANSACTIONS OF 10000 ROWS
