// Pinned nodes in the address: `?pin=<id>~<x>~<y>,…`, positions in whole model units, so a link reopens the
// arrangement someone made and two screenshots of it match.

/** A node someone dragged to a place of their own: it stays there, whatever layout runs. */
export interface Pin {
  id: string;
  x: number;
  y: number;
}

/**
 * The most pins a view keeps. Each costs about 25 characters of address (40 pins: about 1,000, far inside what
 * browsers and servers accept). At the bound, the pinned nodes can still be moved, but no other node can be
 * dragged until one is unpinned: the canvas says so rather than dropping a pin without a word.
 */
export const MAX_PINS = 40;

/** Model coordinates beyond this are not a place anyone dragged a node to; such an entry is ignored. */
const MAX_COORDINATE = 1_000_000;
const SEPARATOR = '~';

/** Read `?pin=`; malformed entries are skipped, a repeated id keeps its last place, at most MAX_PINS are kept. */
export function parsePins(value: string | null): Pin[] {
  if (!value) return [];
  const byId = new Map<string, Pin>();
  for (const entry of value.split(',')) {
    const parts = entry.split(SEPARATOR);
    if (parts.length !== 3) continue;
    const [id = '', xText = '', yText = ''] = parts;
    const x = Number(xText);
    const y = Number(yText);
    if (id.length === 0 || !/^-?\d+$/.test(xText) || !/^-?\d+$/.test(yText)) continue;
    if (Math.abs(x) > MAX_COORDINATE || Math.abs(y) > MAX_COORDINATE) continue;
    byId.delete(id);
    byId.set(id, { id, x, y });
  }
  return [...byId.values()].slice(0, MAX_PINS);
}

export function serialisePins(pins: readonly Pin[]): string {
  return pins.map((pin) => [pin.id, Math.round(pin.x), Math.round(pin.y)].join(SEPARATOR)).join(',');
}

/**
 * Pin `id` at a place: a pinned node moves, a new one is added at the end. Undefined when the view already
 * holds MAX_PINS and `id` is not one of them.
 */
export function withPin(pins: readonly Pin[], pin: Pin): Pin[] | undefined {
  const rounded = { id: pin.id, x: Math.round(pin.x), y: Math.round(pin.y) };
  const index = pins.findIndex((existing) => existing.id === pin.id);
  if (index >= 0) return pins.map((existing, i) => (i === index ? rounded : existing));
  return pins.length >= MAX_PINS ? undefined : [...pins, rounded];
}

export function withoutPin(pins: readonly Pin[], id: string): Pin[] {
  return pins.filter((pin) => pin.id !== id);
}
