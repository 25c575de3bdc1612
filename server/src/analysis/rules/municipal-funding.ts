// What municipalities pay organisations (FUNDS rows summed over years and rows, or one year when `year` is
// set): the money side of the gelijk speelveld and self-funding conflict rules.
import type { FundingProperties } from '../../domain/graph';
import type { KnooppuntGraph } from '../../graph/knooppunt-graph';
import { derived, forEachRelationship } from './graph-index';

/** Municipality id → organisation id → total amount in the counted years (rows of 0 kept as 0). */
export function fundingByMunicipality(graph: KnooppuntGraph, year?: number): ReadonlyMap<string, ReadonlyMap<string, number>> {
  return derived(graph, `funding:${year ?? 'all'}`, () => readFunding(graph, year));
}

function readFunding(graph: KnooppuntGraph, year: number | undefined): Map<string, Map<string, number>> {
  const funding = new Map<string, Map<string, number>>();
  forEachRelationship<FundingProperties>(graph, 'FUNDS', (municipality, organisation, row) => {
    if (year !== undefined && row.year !== year) return;
    let paid = funding.get(municipality);
    if (paid === undefined) funding.set(municipality, (paid = new Map()));
    paid.set(organisation, (paid.get(organisation) ?? 0) + row.amount);
  });
  return funding;
}

/** Municipality id → the organisations it OPERATES. */
export function operatedByMunicipality(graph: KnooppuntGraph): ReadonlyMap<string, ReadonlySet<string>> {
  return derived(graph, 'operatedByMunicipality', () => readOperated(graph));
}

function readOperated(graph: KnooppuntGraph): Map<string, Set<string>> {
  const operated = new Map<string, Set<string>>();
  forEachRelationship(graph, 'OPERATES', (municipality, organisation) => {
    const organisations = operated.get(municipality);
    if (organisations === undefined) operated.set(municipality, new Set([organisation]));
    else organisations.add(organisation);
  });
  return operated;
}

/** Evidence rounds amounts and ratios to 2 decimals; thresholds are always compared on exact values. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
