// Knooppunt schema: ids are unique per label within one generation of the data (docs/graph-model.md), applied at
// start. An import writes a whole new generation beside the published one and then publishes it (see
// cypher/import/), so while it runs an id exists twice: once per generation.
// Every statement is idempotent (IF NOT EXISTS), so running this file twice changes nothing.
CREATE CONSTRAINT municipality_generation_id IF NOT EXISTS FOR (n:Municipality) REQUIRE (n.id, n.generation) IS UNIQUE;
CREATE CONSTRAINT zone_generation_id IF NOT EXISTS FOR (n:Zone) REQUIRE (n.id, n.generation) IS UNIQUE;
CREATE CONSTRAINT network_generation_id IF NOT EXISTS FOR (n:Network) REQUIRE (n.id, n.generation) IS UNIQUE;
CREATE CONSTRAINT organisation_generation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE (n.id, n.generation) IS UNIQUE;
CREATE CONSTRAINT offer_generation_id IF NOT EXISTS FOR (n:Offer) REQUIRE (n.id, n.generation) IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:KnooppuntDataset) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT generation_id IF NOT EXISTS FOR (n:KnooppuntGeneration) REQUIRE n.id IS UNIQUE;
// Every Knooppunt node also has the label KnooppuntNode, so a node can be found by id whatever its kind.
CREATE CONSTRAINT knooppunt_node_generation_id IF NOT EXISTS FOR (n:KnooppuntNode) REQUIRE (n.id, n.generation) IS UNIQUE;
// Snapshots (cypher/snapshots/) are found by id; they are kept apart from the graph's own nodes.
CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (n:KnooppuntSnapshot) REQUIRE n.id IS UNIQUE;
