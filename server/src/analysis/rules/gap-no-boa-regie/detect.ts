// GAP_NO_BOA_REGIE — under the BOA decree of 3 May 2019 a local government takes the regie of out-of-school care.
import { detection, type Detection, type Rule } from '../../finding';
import { isDirected, scanNodes } from '../gap-coverage';

export const gapNoBoaRegie: Rule = (graph) => {
  // A BOA network only gives regie when some municipality DIRECTS it; undirected ones are kept as evidence.
  const scan = scanNodes(graph, 'BOA');
  const withRegie = new Set<string>();
  const undirectedCovering = new Map<string, string[]>();
  for (const network of scan.networks) {
    const directed = isDirected(graph, network);
    graph.forEachOutEdge(network, (_edge, attributes, _network, municipality) => {
      if (attributes.type !== 'COVERS') return;
      if (directed) withRegie.add(municipality);
      else {
        const covering = undirectedCovering.get(municipality);
        if (covering) covering.push(network);
        else undirectedCovering.set(municipality, [network]);
      }
    });
  }
  const found: Detection[] = [];
  for (const municipality of scan.municipalities) {
    if (withRegie.has(municipality)) continue;
    const boaNetworks = [...(undirectedCovering.get(municipality) ?? [])].sort();
    found.push(
      detection({ rule: 'GAP_NO_BOA_REGIE', subject: municipality, key: '', severity: 'medium', related: boaNetworks, evidence: { boaNetworks } }),
    );
  }
  return found;
};
