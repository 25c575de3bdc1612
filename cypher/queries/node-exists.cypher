// A node of the published generation, by id: whether it exists at all.
MATCH (n:KnooppuntNode {id: $id, generation: $generation})
RETURN n.id AS id
