// Create Offer nodes of the generation being staged ($generation): nobody reads it before it is
// published, and a new generation holds no nodes yet, so no lookup is needed; the (id, generation)
// constraint still guards against a duplicate id.
UNWIND $rows AS properties
CREATE (n:KnooppuntNode:Offer)
SET n = properties, n.generation = $generation
RETURN count(n) AS written
