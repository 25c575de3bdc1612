// Knooppunt schema: one uniqueness constraint on `id` per label (DOMAIN.md §2), applied at start.
// Every statement is idempotent (IF NOT EXISTS), so running this file twice changes nothing.
CREATE CONSTRAINT municipality_id IF NOT EXISTS FOR (n:Municipality) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT zone_id IF NOT EXISTS FOR (n:Zone) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT offer_id IF NOT EXISTS FOR (n:Offer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:KnooppuntDataset) REQUIRE n.id IS UNIQUE;
// Every Knooppunt node also has the label KnooppuntNode, so a node can be found by id whatever its kind.
CREATE CONSTRAINT knooppunt_node_id IF NOT EXISTS FOR (n:KnooppuntNode) REQUIRE n.id IS UNIQUE;
// Snapshots (cypher/snapshots/) are found by id; they are kept apart from the graph's own nodes.
CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (n:KnooppuntSnapshot) REQUIRE n.id IS UNIQUE;
