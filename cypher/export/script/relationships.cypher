// One statement of the Cypher export's script (server/src/export/cypher-export.ts fills in the {{…}}): a
// batch of relationships of one type, packed like the nodes; each row's first two fields are its ends.
UNWIND split({{rows}}, {{rowSeparator}}) AS row
WITH split(row, {{fieldSeparator}}) AS f
MATCH (a:KnooppuntNode {id: {{from}}})
MATCH (b:KnooppuntNode {id: {{to}}})
CREATE (a)-[r:{{type}}]->(b)
SET {{properties}}
