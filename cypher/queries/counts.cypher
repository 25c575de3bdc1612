// Nodes per label and relationships per type (answered from Neo4j's count store).
RETURN
  {
    Municipality: COUNT { (:Municipality) },
    Zone: COUNT { (:Zone) },
    Network: COUNT { (:Network) },
    Organisation: COUNT { (:Organisation) },
    Offer: COUNT { (:Offer) }
  } AS nodesByLabel,
  {
    IN_ZONE: COUNT { ()-[:IN_ZONE]->() },
    ADJACENT_TO: COUNT { ()-[:ADJACENT_TO]->() },
    COUNCIL_OF: COUNT { ()-[:COUNCIL_OF]->() },
    COVERS: COUNT { ()-[:COVERS]->() },
    DIRECTS: COUNT { ()-[:DIRECTS]->() },
    MEMBER_OF: COUNT { ()-[:MEMBER_OF]->() },
    OPERATES: COUNT { ()-[:OPERATES]->() },
    PROVIDES: COUNT { ()-[:PROVIDES]->() },
    LOCATED_IN: COUNT { ()-[:LOCATED_IN]->() },
    SERVES: COUNT { ()-[:SERVES]->() },
    FUNDS: COUNT { ()-[:FUNDS]->() }
  } AS relationshipsByType
