// A small SVG of a node's shape in its colour, as the legend and filters show it.
import type { NodeLabel } from '@knooppunt/server/domain/vocabulary';

const PATHS: Record<NodeLabel, string> = {
  Municipality: 'M3 4h10a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z',
  Zone: 'M4.5 2h7L15 8l-3.5 6h-7L1 8z',
  Network: 'M8 1l7 7-7 7-7-7z',
  Organisation: 'M8 2.5a5.5 5.5 0 1 1 0 11a5.5 5.5 0 1 1 0-11z',
  Offer: 'M8 2.5l6 10.5H2z',
};

export function ShapeIcon({ label, colour }: { label: NodeLabel; colour: string }) {
  return (
    <svg className="shape-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d={PATHS[label]} fill={colour} />
    </svg>
  );
}
