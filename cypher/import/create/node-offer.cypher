// Create Offer nodes in a database without Knooppunt data (a first import, with or without
// --replace): no lookup is needed, so this is the fast path; the id constraint still guards it.
UNWIND $rows AS row
CREATE (n:KnooppuntNode:Offer)
SET n = row.properties
RETURN count(n) AS written
