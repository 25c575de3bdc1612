// GAP_NO_ZONE: municipalities that belong to no eerstelijnszone (zone).
// One row per municipality; no parameters.
MATCH (m:Municipality {generation: $generation})
WHERE NOT EXISTS { (m)-[:IN_ZONE]->(:Zone) }
RETURN m.id AS subject, '' AS key, 'high' AS severity, [] AS related, {} AS evidence
ORDER BY subject
