// Removes one unpublished or retired generation's nodes in batches of bounded memory, once
// remove-relationships.cypher has removed their relationships. Runs in an auto-commit transaction
// (CALL … IN TRANSACTIONS); a removal cut short is taken up again by the next one, since the registry node
// stays until its content is gone.
MATCH (n:KnooppuntNode {generation: $generation})
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
