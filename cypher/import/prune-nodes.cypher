// For an import with --replace: remove the Knooppunt nodes (and their relationships) that the dataset
// does not contain. Other data in the database is left alone. Runs in the import's transaction.
MATCH (n:KnooppuntNode)
WHERE NOT n.id IN $ids
DETACH DELETE n
