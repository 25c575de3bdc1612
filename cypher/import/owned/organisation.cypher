// Before an organisation row is upserted: drop the OPERATES its earlier row defined (operated_by_nis).
UNWIND $ids AS id
MATCH (:Organisation {id: id})<-[r:OPERATES]-(:Municipality)
DELETE r
