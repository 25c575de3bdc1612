// The zone's collaboration graph: who works with whom in an eerstelijnszone, the graph the network metrics read.
//
// Definition: an undirected simple graph over the zone graph (graph/queries/zone-graph.ts).
// - Nodes: the zone's municipalities, and the networks and organisations of the zone graph.
// - An edge joins two of them when at least one of these links them: MEMBER_OF (an organisation or a
//   municipality sits in a network), DIRECTS (a municipality holds a network's regie), COVERS (a network's
//   area), OPERATES and FUNDS (a municipality runs or funds an organisation), and an organisation and a
//   municipality where the organisation PROVIDES an offer LOCATED_IN or SERVING that municipality.
// - Several links between the same two nodes make one edge: the metrics ask whether two actors work
//   together, not how often, so ten offers in one municipality do not outweigh a seat in a network.
// Left out, and why:
// - the Zone node (and the other zones Antwerpen's municipalities also lie in): every municipality is
//   IN_ZONE and the zorgraad is its COUNCIL_OF, so the zone would sit on nearly every shortest path and take
//   all the betweenness. It is the frame of the collaboration, not an actor in it.
// - offers: leaves hanging off their provider (one PROVIDES, one LOCATED_IN). The organisation–municipality
//   edge keeps what they say about collaboration, and leaving them out halves the nodes that betweenness
//   (about nodes × edges operations) has to walk.
// - ADJACENT_TO: sharing a border is geography, not collaboration. It would make municipalities brokers
//   for where they lie, and make communities follow borders by construction, which is what the alignment measures.
import { UndirectedGraph } from 'graphology';
import { compareIds, linked, type KnooppuntGraph } from '../../graph/knooppunt-graph';
import { nameOf } from '../graph-facts';

export type CollaborationLabel = 'Municipality' | 'Network' | 'Organisation';

export interface CollaborationNode {
  label: CollaborationLabel;
  name: string;
}

export type CollaborationGraph = UndirectedGraph<CollaborationNode>;

/** Relationship types that link their two ends directly. */
const DIRECT_LINKS = new Set(['MEMBER_OF', 'DIRECTS', 'COVERS', 'OPERATES', 'FUNDS']);

/**
 * The collaboration graph of `zone`, read from a graph holding (at least) its zone graph. Nodes and edges
 * are added in id order, so the same zone gives the same graph, node order included, on every store.
 */
export function collaborationGraph(graph: KnooppuntGraph, zone: string): CollaborationGraph {
  const municipalities = new Set(linked(graph, zone, 'IN_ZONE', 'in'));
  const isActor = (id: string): boolean => {
    const label = graph.getNodeAttribute(id, 'label');
    return label === 'Network' || label === 'Organisation' || (label === 'Municipality' && municipalities.has(id));
  };
  const pairs = new Map<string, [string, string]>();
  const link = (a: string, b: string) => {
    if (a === b || !isActor(a) || !isActor(b)) return;
    const pair: [string, string] = compareIds(a, b) < 0 ? [a, b] : [b, a];
    pairs.set(`${pair[0]}\n${pair[1]}`, pair);
  };
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (DIRECT_LINKS.has(attributes.type)) link(source, target);
    else if (attributes.type === 'PROVIDES') {
      for (const municipality of linked(graph, target, 'LOCATED_IN', 'out')) link(source, municipality);
      for (const municipality of linked(graph, target, 'SERVES', 'out')) link(source, municipality);
    }
  });

  const collaboration: CollaborationGraph = new UndirectedGraph<CollaborationNode>();
  const actors = graph.filterNodes((id) => isActor(id)).sort(compareIds);
  for (const id of actors) {
    collaboration.addNode(id, { label: graph.getNodeAttribute(id, 'label') as CollaborationLabel, name: nameOf(graph, id) });
  }
  const edges = [...pairs.values()].sort(([a1, b1], [a2, b2]) => compareIds(a1, a2) || compareIds(b1, b2));
  for (const [a, b] of edges) collaboration.addEdge(a, b);
  return collaboration;
}
