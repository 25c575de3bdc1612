// GAP_ZORGRAAD_MUNICIPALITY_ABSENT: a municipality that sits in none of the zorgraden of one of its zones.
// One row per municipality and zone (key: the zone id); related: the zone and its zorgraden.
// Labels are left off where the relationship implies them (only networks are COUNCIL_OF or joined), so the planner
// expands from the zone and the municipality rather than seeking every zorgraad for each of them.
MATCH (m:Municipality {generation: $generation})-[:IN_ZONE]->(z:Zone)
WITH m, z, COLLECT { MATCH (z)<-[:COUNCIL_OF]-(n) WHERE n.type = 'ZORGRAAD' RETURN DISTINCT n.id AS id ORDER BY id } AS zorgraden
WHERE size(zorgraden) > 0
  AND NOT EXISTS { MATCH (m)-[:MEMBER_OF]->(n) WHERE n.id IN zorgraden }
RETURN
  m.id AS subject,
  z.id AS key,
  'medium' AS severity,
  [z.id] + zorgraden AS related,
  {zone: z.id, zorgraden: zorgraden} AS evidence
ORDER BY subject, key
