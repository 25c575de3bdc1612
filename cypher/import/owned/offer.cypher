// Before an offer row is upserted: drop the PROVIDES and LOCATED_IN its earlier row defined.
UNWIND $ids AS id
MATCH (f:Offer {id: id})
OPTIONAL MATCH (f)<-[provides:PROVIDES]-(:Organisation)
OPTIONAL MATCH (f)-[located:LOCATED_IN]->(:Municipality)
DELETE provides, located
