// Relationships that a node's own row defines (operated_by_nis, directed_by_nis, zone_id, an offer's org and place).
// Re-importing that row replaces them instead of adding to them, so a changed cell moves the relationship.
import type { NodeLabel, RelationshipType } from './vocabulary';

export interface OwnedRelationship {
  type: RelationshipType;
  /** Seen from the owning node. */
  direction: 'out' | 'in';
}

export const OWNED_RELATIONSHIPS: Readonly<Record<NodeLabel, readonly OwnedRelationship[]>> = {
  Municipality: [],
  Zone: [],
  Organisation: [{ type: 'OPERATES', direction: 'in' }],
  Network: [
    { type: 'DIRECTS', direction: 'in' },
    { type: 'COUNCIL_OF', direction: 'out' },
  ],
  Offer: [
    { type: 'PROVIDES', direction: 'in' },
    { type: 'LOCATED_IN', direction: 'out' },
  ],
};
