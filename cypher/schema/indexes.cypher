// Indexes the queries need: municipalities by NIS, networks by type, offers by function, and the
// accent-free lower-case name that search looks in.
CREATE INDEX municipality_nis IF NOT EXISTS FOR (n:Municipality) ON (n.nis);
CREATE INDEX network_type IF NOT EXISTS FOR (n:Network) ON (n.type);
CREATE INDEX offer_function IF NOT EXISTS FOR (n:Offer) ON (n.function);
CREATE TEXT INDEX knooppunt_node_search IF NOT EXISTS FOR (n:KnooppuntNode) ON (n.searchName);
