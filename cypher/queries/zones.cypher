// Every zone with its number of municipalities and whether a zorgraad is its council.
MATCH (z:Zone {generation: $generation})
RETURN
  z.id AS id,
  z.name AS name,
  COUNT { (:Municipality)-[:IN_ZONE]->(z) } AS municipalityCount,
  EXISTS { (:Network)-[:COUNCIL_OF]->(z) } AS hasZorgraad
