// A snapshot's summary. Snapshots carry labels of their own and never KnooppuntNode, so counts, graph
// queries, findings, exports and the pruning of an import with --replace never see them.
CREATE (:KnooppuntSnapshot {
  id: $id,
  name: $name,
  createdAt: $createdAt,
  contentHash: $contentHash,
  nodes: $nodes,
  relationships: $relationships
})
