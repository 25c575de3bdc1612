// Before a network row is upserted: drop the DIRECTS and COUNCIL_OF its earlier row defined.
UNWIND $ids AS id
MATCH (n:Network {id: id})
OPTIONAL MATCH (n)<-[directs:DIRECTS]-(:Municipality)
OPTIONAL MATCH (n)-[council:COUNCIL_OF]->(:Zone)
DELETE directs, council
