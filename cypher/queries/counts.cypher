// Nodes per label and relationships per type in one generation. An import stores its counts on the dataset
// marker; this query counts data adopted without them (see cypher/generations/README.md).
MATCH (n:KnooppuntNode {generation: $generation})
RETURN
  {
    Municipality: count(CASE WHEN n:Municipality THEN 1 END),
    Zone: count(CASE WHEN n:Zone THEN 1 END),
    Network: count(CASE WHEN n:Network THEN 1 END),
    Organisation: count(CASE WHEN n:Organisation THEN 1 END),
    Offer: count(CASE WHEN n:Offer THEN 1 END)
  } AS nodesByLabel,
  {
    IN_ZONE: sum(COUNT { (n)-[:IN_ZONE]->() }),
    ADJACENT_TO: sum(COUNT { (n)-[:ADJACENT_TO]->() }),
    COUNCIL_OF: sum(COUNT { (n)-[:COUNCIL_OF]->() }),
    COVERS: sum(COUNT { (n)-[:COVERS]->() }),
    DIRECTS: sum(COUNT { (n)-[:DIRECTS]->() }),
    MEMBER_OF: sum(COUNT { (n)-[:MEMBER_OF]->() }),
    OPERATES: sum(COUNT { (n)-[:OPERATES]->() }),
    PROVIDES: sum(COUNT { (n)-[:PROVIDES]->() }),
    LOCATED_IN: sum(COUNT { (n)-[:LOCATED_IN]->() }),
    SERVES: sum(COUNT { (n)-[:SERVES]->() }),
    FUNDS: sum(COUNT { (n)-[:FUNDS]->() })
  } AS relationshipsByType
