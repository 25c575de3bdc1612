// Indexes the queries need: municipalities by NIS, networks by type, offers by function.
// Search scans searchName with CONTAINS, which is fast enough at Flanders scale without a text index.
CREATE INDEX municipality_nis IF NOT EXISTS FOR (n:Municipality) ON (n.nis);
CREATE INDEX network_type IF NOT EXISTS FOR (n:Network) ON (n.type);
CREATE INDEX offer_function IF NOT EXISTS FOR (n:Offer) ON (n.function);
