// The names that findings' messages give the nodes they mention (an offer without a name by its function).
MATCH (n:KnooppuntNode)
WHERE n.id IN $ids AND n.generation = $generation
RETURN n.id AS id, CASE WHEN n:Offer THEN coalesce(n.name, n.function) ELSE n.name END AS name
