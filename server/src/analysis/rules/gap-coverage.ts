// Shared by the GAP_* rules (nabij: every municipality needs its networks close by): one pass over the
// nodes for what a rule needs, and per-municipality coverage read from the few edges that matter.
import type { RuleId, Severity } from '../../domain/findings';
import type { NetworkProperties, OfferProperties } from '../../domain/graph';
import type { NetworkType, OfferFunction } from '../../domain/vocabulary';
import type { KnooppuntGraph } from '../../graph/knooppunt-graph';
import { detection, type Rule } from '../finding';
import { membersOf, zonesOf } from '../graph-facts';
import { derived, nodesLabelled } from './graph-index';

export interface NodeScan {
  /** Every municipality, sorted. */
  municipalities: string[];
  /** Every zone, sorted. */
  zones: string[];
  /** The networks of the asked type, sorted. */
  networks: string[];
  /** The offers of the asked functions, in graph order. */
  offers: string[];
}

/**
 * The municipalities, zones, networks of `networkType` and offers of `functions`, from the shared label
 * index (graph-index.ts) and kept until the graph changes; callers must not modify the lists.
 */
export function scanNodes(graph: KnooppuntGraph, networkType?: NetworkType, functions?: ReadonlySet<OfferFunction>): NodeScan {
  const key = `gap-scan:${networkType ?? ''}:${[...(functions ?? [])].sort().join(',')}`;
  return derived(graph, key, () => ({
    municipalities: [...nodesLabelled(graph, 'Municipality')].sort(),
    zones: [...nodesLabelled(graph, 'Zone')].sort(),
    networks: nodesLabelled(graph, 'Network')
      .filter((id) => networkType !== undefined && (graph.getNodeAttribute(id, 'properties') as NetworkProperties).type === networkType)
      .sort(),
    offers: functions
      ? nodesLabelled(graph, 'Offer').filter((id) => functions.has((graph.getNodeAttribute(id, 'properties') as OfferProperties).function))
      : [],
  }));
}

/** Municipality → the given networks that COVER it (walks only those networks' out-edges). */
export function coverageOf(graph: KnooppuntGraph, networks: readonly string[]): Map<string, string[]> {
  const coverage = new Map<string, string[]>();
  for (const network of networks) {
    graph.forEachOutEdge(network, (_edge, attributes, _source, municipality) => {
      if (attributes.type !== 'COVERS') return;
      const covering = coverage.get(municipality);
      if (covering) covering.push(network);
      else coverage.set(municipality, [network]);
    });
  }
  return coverage;
}

/** Whether some municipality holds the regie (DIRECTS) of a network. */
export function isDirected(graph: KnooppuntGraph, network: string): boolean {
  return graph.someInEdge(network, (_edge, attributes) => attributes.type === 'DIRECTS');
}

/** The zorgraden (ZORGRAAD networks) that are COUNCIL_OF a zone, sorted. */
export function zorgradenOf(graph: KnooppuntGraph, zone: string): string[] {
  const councils: string[] = [];
  graph.forEachInEdge(zone, (_edge, attributes, network, _zone, networkAttributes) => {
    if (attributes.type === 'COUNCIL_OF' && (networkAttributes.properties as NetworkProperties).type === 'ZORGRAAD') {
      councils.push(network);
    }
  });
  return councils.sort();
}

/** The municipalities IN_ZONE of a zone, sorted. */
export function municipalitiesOfZone(graph: KnooppuntGraph, zone: string): string[] {
  const members: string[] = [];
  graph.forEachInEdge(zone, (_edge, attributes, municipality) => {
    if (attributes.type === 'IN_ZONE') members.push(municipality);
  });
  return members.sort();
}

/** The distinct seats of a network's members, sorted (seat fallback of docs/rules.md, via membersOf). */
export function seatsOf(graph: KnooppuntGraph, network: string): string[] {
  return [...new Set(membersOf(graph, network).map((membership) => membership.seat))].sort();
}

/**
 * A GAP_NO_<TYPE> rule: one detection per municipality that no network of `type` covers, related to
 * the municipality's zones (where the zorgraad can take it up with its neighbours).
 */
export function uncoveredByType(rule: RuleId, type: NetworkType, severity: Severity): Rule {
  return (graph) => {
    const scan = scanNodes(graph, type);
    const coverage = coverageOf(graph, scan.networks);
    return scan.municipalities
      .filter((municipality) => !coverage.has(municipality))
      .map((municipality) =>
        detection({ rule, subject: municipality, key: '', severity, related: zonesOf(graph, municipality), evidence: { networkType: type } }),
      );
  };
}
