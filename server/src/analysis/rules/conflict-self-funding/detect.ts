// CONFLICT_SELF_FUNDING — gelijk speelveld and neutraliteit: a regisseur that funds its own provider in the domain it directs.
import { detection, type Detection, type Rule } from '../../finding';
import { fundingByMunicipality, operatedByMunicipality, round2 } from '../municipal-funding';
import { offerTable } from '../offer-table';
import { regieActorConflicts } from '../regie-actor-conflicts';

export type ConflictSelfFundingEvidence = { network: string; organisations: string[]; amount: number };

export const conflictSelfFunding: Rule = (graph, parameters) => {
  const conflicts = regieActorConflicts(graph);
  if (conflicts.length === 0) return [];
  const funding = fundingByMunicipality(graph, parameters.year);
  const operated = operatedByMunicipality(graph);
  const { byOrganisation } = offerTable(graph);

  const found: Detection[] = [];
  for (const { municipality, network, domains } of conflicts) {
    const organisations: string[] = [];
    let amount = 0;
    for (const [organisation, paid] of funding.get(municipality) ?? []) {
      if (paid <= 0 || !operated.get(municipality)?.has(organisation)) continue;
      // "Has an offer of domain D" counts the organisation's offers anywhere, not only in the network's area:
      // the money supports the provider as a whole (the reading of fixtures/examples/example1).
      const offersInDomain = (byOrganisation.get(organisation) ?? []).some((offer) => domains.includes(offer.domain));
      if (!offersInDomain) continue;
      organisations.push(organisation);
      amount += paid;
    }
    if (organisations.length === 0) continue;
    organisations.sort();
    const evidence: ConflictSelfFundingEvidence = { network, organisations, amount: round2(amount) };
    found.push(
      detection({ rule: 'CONFLICT_SELF_FUNDING', subject: municipality, key: network, severity: 'high', related: [network, ...organisations], evidence }),
    );
  }
  return found;
};
