// Waits until the constraints' and indexes' backing indexes are online (at most 120 s), so the first
// import and reads use them.
CALL db.awaitIndexes(120)
