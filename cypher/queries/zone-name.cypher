// A zone's name, by id, in the published generation.
MATCH (z:Zone {id: $zoneId, generation: $generation})
RETURN z.name AS name
