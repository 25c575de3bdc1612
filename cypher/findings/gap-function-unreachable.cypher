// GAP_FUNCTION_UNREACHABLE: for each function of $reachFunctions (e.g. ['jeugdhulp', 'gezinsondersteuning',
// 'handicap_ondersteuning']), municipalities where no offer of it is located in or serves the municipality
// or any adjacent one. One row per municipality and function; related: the neighbours.
UNWIND $reachFunctions AS function
CALL (function) {
  MATCH (:Offer {function: function, generation: $generation})-[:LOCATED_IN|SERVES]->(reached:Municipality)
  RETURN collect(DISTINCT reached) AS reached
}
MATCH (m:Municipality {generation: $generation})
WITH m, function, reached, COLLECT { MATCH (m)-[:ADJACENT_TO]-(other:Municipality) RETURN DISTINCT other ORDER BY other.id } AS neighbours
WHERE NOT m IN reached AND none(other IN neighbours WHERE other IN reached)
WITH m, function, [other IN neighbours | other.id] AS neighbourIds
RETURN
  m.id AS subject,
  function AS key,
  'medium' AS severity,
  neighbourIds AS related,
  {function: function, checked: COLLECT { UNWIND [m.id] + neighbourIds AS id RETURN id ORDER BY id }} AS evidence
ORDER BY subject, key
