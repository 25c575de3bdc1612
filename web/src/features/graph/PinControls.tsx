// In the node panel: pin the selected node where it is, move it step by step (the keyboard's way of dragging), or unpin it.
import type { Core } from 'cytoscape';
import { MAX_PINS, type Pin } from '../../lib/pins';
import { usePinText } from './pin-text';

/** One arrow press moves a node this far in model units: about a node's width at the usual zoom. */
export const NUDGE_STEP = 30;

export interface PinControlsProps {
  cy: Core | null;
  nodeId: string;
  pins: readonly Pin[];
  onPin: (pin: Pin) => void;
  onUnpin: (nodeId: string) => void;
}

const ARROWS = [
  { key: 'left', dx: -1, dy: 0, glyph: '←' },
  { key: 'up', dx: 0, dy: -1, glyph: '↑' },
  { key: 'down', dx: 0, dy: 1, glyph: '↓' },
  { key: 'right', dx: 1, dy: 0, glyph: '→' },
] as const;

export function PinControls({ cy, nodeId, pins, onPin, onUnpin }: PinControlsProps) {
  const text = usePinText();
  // A zone's box follows its municipalities; it has no place of its own to pin.
  if (!cy || cy.getElementById(nodeId).isParent()) return null;
  const pin = pins.find((candidate) => candidate.id === nodeId);
  const full = pin === undefined && pins.length >= MAX_PINS;
  /** Read when pressed: the node may have been drawn after this panel was. */
  const pinAt = (dx: number, dy: number) => {
    const node = cy.getElementById(nodeId);
    if (node.empty() || node.isParent()) return;
    const { x, y } = node.position();
    onPin({ id: nodeId, x: x + dx * NUDGE_STEP, y: y + dy * NUDGE_STEP });
  };
  return (
    <div className="pin-controls" role="group" aria-label={text.groupLabel}>
      {pin ? (
        <button type="button" className="button" data-testid="unpin-button" onClick={() => onUnpin(nodeId)}>
          {text.unpin}
        </button>
      ) : (
        <button type="button" className="button" data-testid="pin-button" disabled={full} onClick={() => pinAt(0, 0)}>
          {text.pin}
        </button>
      )}
      <span className="pin-controls__move">
        {ARROWS.map((arrow) => (
          <button
            key={arrow.key}
            type="button"
            className="icon-button"
            data-testid={`nudge-${arrow.key}`}
            aria-label={text.move[arrow.key]}
            title={text.move[arrow.key]}
            disabled={full}
            onClick={() => pinAt(arrow.dx, arrow.dy)}
          >
            {arrow.glyph}
          </button>
        ))}
      </span>
      {full && <p className="panel-note">{text.full(MAX_PINS)}</p>}
      {pin && <p className="pin-controls__note">{text.pinnedNote}</p>}
    </div>
  );
}
