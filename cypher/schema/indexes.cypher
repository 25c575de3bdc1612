// Indexes the queries need: any node by id alone (what the Cypher export's script matches on, before a
// Knooppunt server has given its nodes a generation), municipalities by NIS, networks by type, offers by
// function. Search scans searchName with CONTAINS, which is fast enough at Flanders scale without a text index.
CREATE INDEX knooppunt_node_id IF NOT EXISTS FOR (n:KnooppuntNode) ON (n.id);
CREATE INDEX municipality_nis IF NOT EXISTS FOR (n:Municipality) ON (n.nis);
CREATE INDEX network_type IF NOT EXISTS FOR (n:Network) ON (n.type);
CREATE INDEX offer_function IF NOT EXISTS FOR (n:Offer) ON (n.function);
