// The registry node of a generation whose content is gone, never the published one's.
MATCH (g:KnooppuntGeneration {id: $generation})
WHERE g.state IN ['retired', 'abandoned']
  AND NOT EXISTS { MATCH (:KnooppuntNode {generation: $generation}) }
DELETE g
