// Constraints of Knooppunt before generations: ids were unique per label outright, which a staged import
// (a second generation beside the published one) breaks. Dropped at start, before constraints.cypher runs.
DROP CONSTRAINT municipality_id IF EXISTS;
DROP CONSTRAINT zone_id IF EXISTS;
DROP CONSTRAINT network_id IF EXISTS;
DROP CONSTRAINT organisation_id IF EXISTS;
DROP CONSTRAINT offer_id IF EXISTS;
DROP CONSTRAINT knooppunt_node_id IF EXISTS;
