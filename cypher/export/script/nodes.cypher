// One statement of the Cypher export's script (server/src/export/cypher-export.ts fills in the {{…}}): a
// batch of nodes of one label, their rows packed in one string (server/src/export/packed-rows.ts) and
// unpacked field by field, so Neo4j parses one literal instead of thousands.
UNWIND split({{rows}}, {{rowSeparator}}) AS row
WITH split(row, {{fieldSeparator}}) AS f
CREATE (n:KnooppuntNode:{{label}})
SET {{properties}}
