// The part of a node's reach that lies outside a zone: the municipalities there and the zones they lie in.
import type { NodeSummary, ReachedMunicipality } from '../../domain/api';
import { compareByName } from './node-summaries';

export interface OutsideReach {
  /** Reached municipalities not in the zone, sorted by name. */
  outside: NodeSummary[];
  /** The zones of those municipalities, sorted by name. */
  otherZones: NodeSummary[];
}

export function outsideOf(reached: readonly ReachedMunicipality[], zone: string, zoneName: (id: string) => NodeSummary): OutsideReach {
  const outside = reached.filter((municipality) => !municipality.zones.includes(zone));
  const otherZones = new Set(outside.flatMap((municipality) => municipality.zones));
  return {
    outside: outside.map(({ id, label, name }) => ({ id, label, name })).sort(compareByName),
    otherZones: [...otherZones].map(zoneName).sort(compareByName),
  };
}
