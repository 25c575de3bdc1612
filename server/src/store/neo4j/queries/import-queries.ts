// The rows of the import statements (cypher/import/create/, one per label and per relationship statement).
import { defineQuery, type CypherQuery } from './cypher-query';
import { integer } from './neo4j-values';

const writtenRow = { written: integer };

/** cypher/import/create/<file>.cypher: writes a batch's rows, returns how many it wrote. */
export function importQuery(file: string): CypherQuery<{ written: number }> {
  return defineQuery(`import/create/${file}`, writtenRow);
}
