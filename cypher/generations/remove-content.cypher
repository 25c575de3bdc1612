// Removes one unpublished or retired generation's nodes and relationships in batches of bounded memory.
// Runs in an auto-commit transaction (CALL … IN TRANSACTIONS); a removal cut short is taken up again by
// the next one, since the registry node stays until its content is gone.
MATCH (n:KnooppuntNode {generation: $generation})
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
