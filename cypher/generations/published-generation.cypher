// Just the published generation: what every read looks up first, and again at its end to see that it held.
OPTIONAL MATCH (d:KnooppuntDataset {id: 'current'})
RETURN d.generation AS generation
