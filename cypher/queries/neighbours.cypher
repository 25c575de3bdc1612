// One ring of a breadth-first neighbourhood: every node linked to one of $ids, either direction.
UNWIND $ids AS id
MATCH (:KnooppuntNode {id: id, generation: $generation})--(m:KnooppuntNode)
RETURN collect(DISTINCT m.id) AS ids
