// For an import with --replace: remove the relationships between Knooppunt nodes that the dataset does
// not contain (say, a membership dropped from memberships.csv). Runs in the import's transaction.
MATCH (:KnooppuntNode)-[r]->(:KnooppuntNode)
WHERE NOT r.id IN $ids
DELETE r
