// Removes one unpublished or retired generation's relationships in batches of bounded memory, before its
// nodes (a municipality can have thousands: deleting nodes with theirs would make batches of any size).
// Runs in an auto-commit transaction (CALL … IN TRANSACTIONS).
MATCH (:KnooppuntNode {generation: $generation})-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
