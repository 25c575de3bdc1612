// GAP_FUNCTION_UNREACHABLE — jeugdhulp, gezinsondersteuning and handicap support within reach, here or next door (nabij, bovenlokaal).
import type { OfferProperties } from '../../../domain/graph';
import type { OfferFunction } from '../../../domain/vocabulary';
import { detection, type Detection, type Rule } from '../../finding';
import { scanNodes } from '../gap-coverage';

export const gapFunctionUnreachable: Rule = (graph, parameters) => {
  const wanted = new Set<OfferFunction>(parameters.reachFunctions);
  if (wanted.size === 0) return [];
  const scan = scanNodes(graph, undefined, wanted);
  // The wanted functions offered in each municipality: located or serving, whatever the capacity.
  const present = new Map<string, Set<OfferFunction>>();
  for (const offer of scan.offers) {
    const fn = (graph.getNodeAttribute(offer, 'properties') as OfferProperties).function;
    graph.forEachOutEdge(offer, (_edge, attributes, _offer, municipality) => {
      if (attributes.type !== 'LOCATED_IN' && attributes.type !== 'SERVES') return;
      let functions = present.get(municipality);
      if (!functions) present.set(municipality, (functions = new Set()));
      functions.add(fn);
    });
  }
  // Neighbours: ADJACENT_TO is stored once, so every pair is an out-edge of one of its two ends;
  // reading out-edges only (short lists) and recording both directions finds each pair once.
  const neighbours = new Map<string, string[]>(scan.municipalities.map((municipality) => [municipality, []]));
  for (const municipality of scan.municipalities) {
    graph.forEachOutEdge(municipality, (_edge, attributes, _municipality, neighbour) => {
      if (attributes.type !== 'ADJACENT_TO') return;
      neighbours.get(municipality)!.push(neighbour);
      neighbours.get(neighbour)?.push(municipality);
    });
  }
  const found: Detection[] = [];
  for (const municipality of scan.municipalities) {
    const around = [...new Set(neighbours.get(municipality))].sort();
    const checked = [municipality, ...around].sort();
    for (const fn of wanted) {
      if (checked.some((place) => present.get(place)?.has(fn))) continue;
      found.push(
        detection({
          rule: 'GAP_FUNCTION_UNREACHABLE',
          subject: municipality,
          key: fn,
          severity: 'medium',
          related: around,
          evidence: { function: fn, checked },
        }),
      );
    }
  }
  return found;
};
