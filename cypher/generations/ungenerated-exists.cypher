// Whether any node was written without a generation (an older Knooppunt, or the Cypher export's script).
RETURN EXISTS { MATCH (n:KnooppuntNode) WHERE n.generation IS NULL } AS ungenerated
