// GAP_CHILDCARE_CAPACITY — enough baby and toddler childcare close to home: the Barcelona target of 33 places per 100 children (nabij).
import type { MunicipalityProperties, OfferProperties } from '../../../domain/graph';
import type { OfferFunction } from '../../../domain/vocabulary';
import { detection, type Detection, type Rule } from '../../finding';
import { scanNodes } from '../gap-coverage';

const CHILDCARE: ReadonlySet<OfferFunction> = new Set(['kinderopvang_baby_peuter']);
const round2 = (value: number) => Math.round(value * 100) / 100;

export const gapChildcareCapacity: Rule = (graph, parameters) => {
  const scan = scanNodes(graph, undefined, CHILDCARE);
  // Places and offers per municipality: baby and toddler childcare LOCATED_IN it (serving elsewhere does not count).
  const places = new Map<string, number>();
  const offers = new Map<string, string[]>();
  for (const offer of scan.offers) {
    const capacity = (graph.getNodeAttribute(offer, 'properties') as OfferProperties).capacity ?? 0; // no capacity counts as 0 places
    graph.forEachOutEdge(offer, (_edge, attributes, _offer, municipality) => {
      if (attributes.type !== 'LOCATED_IN') return;
      places.set(municipality, (places.get(municipality) ?? 0) + capacity);
      const list = offers.get(municipality);
      if (list) list.push(offer);
      else offers.set(municipality, [offer]);
    });
  }
  const threshold = parameters.childcarePer100;
  const found: Detection[] = [];
  for (const municipality of scan.municipalities) {
    const children = (graph.getNodeAttribute(municipality, 'properties') as MunicipalityProperties).children0to3;
    // Unknown or zero children: no ratio to judge, so no finding.
    if (typeof children !== 'number' || !(children > 0)) continue;
    const available = places.get(municipality) ?? 0;
    // Exact comparisons, multiplied out: exactly at the threshold (or at half of it) is not below it.
    if (!(available * 100 < threshold * children)) continue;
    const severity = available * 100 < (threshold / 2) * children ? 'high' : 'medium';
    found.push(
      detection({
        rule: 'GAP_CHILDCARE_CAPACITY',
        subject: municipality,
        key: '',
        severity,
        related: offers.get(municipality) ?? [],
        evidence: { places: available, children0to3: children, per100: round2((available * 100) / children), threshold },
      }),
    );
  }
  return found;
};
