// For an import with --replace: remove every Knooppunt node and its relationships (other data in the
// database is left alone). Runs in the import's own transaction, so a failed import undoes it.
MATCH (n:KnooppuntNode)
DETACH DELETE n
