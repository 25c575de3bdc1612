// GAP_ZORGRAAD_MUNICIPALITY_ABSENT — "u zetelt als lokaal bestuur ook in de zorgraad van de eerstelijnszone" (verbindend).
import { detection, type Detection, type Rule } from '../../finding';
import { municipalitiesOfZone, scanNodes, zorgradenOf } from '../gap-coverage';

export const gapZorgraadMunicipalityAbsent: Rule = (graph) => {
  const found: Detection[] = [];
  for (const zone of scanNodes(graph).zones) {
    const zorgraden = zorgradenOf(graph, zone);
    if (zorgraden.length === 0) continue; // no zorgraad to sit in: GAP_ZORGRAAD_MISSING says so
    // Municipalities seated in any of the zone's zorgraden, whatever their role.
    const seated = new Set<string>();
    for (const zorgraad of zorgraden) {
      graph.forEachInEdge(zorgraad, (_edge, attributes, member, _zorgraad, memberAttributes) => {
        if (attributes.type === 'MEMBER_OF' && memberAttributes.label === 'Municipality') seated.add(member);
      });
    }
    for (const municipality of municipalitiesOfZone(graph, zone)) {
      if (seated.has(municipality)) continue;
      found.push(
        detection({
          rule: 'GAP_ZORGRAAD_MUNICIPALITY_ABSENT',
          subject: municipality,
          key: zone,
          severity: 'medium',
          related: [zone, ...zorgraden],
          evidence: { zone, zorgraden },
        }),
      );
    }
  }
  return found;
};
