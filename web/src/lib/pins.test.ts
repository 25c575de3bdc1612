import { describe, expect, it } from 'vitest';
import { parseExplorerState, patchExplorerState, serialiseExplorerState } from './explorer-state';
import { MAX_PINS, parsePins, serialisePins, withoutPin, withPin } from './pins';

describe('pins in the address', () => {
  it('round-trips through the query string, in whole units', () => {
    const state = parseExplorerState('?zone=zone%3Abruzel&pin=nis%3A11002~12~-40,org%3Akdv-a~3~5', 'nl');
    expect(state.pins).toEqual([
      { id: 'nis:11002', x: 12, y: -40 },
      { id: 'org:kdv-a', x: 3, y: 5 },
    ]);
    expect(parseExplorerState(serialiseExplorerState(state), 'nl').pins).toEqual(state.pins);
    expect(serialisePins([{ id: 'nis:11002', x: 12.6, y: -40.4 }])).toBe('nis:11002~13~-40');
  });

  it('skips malformed entries and far-off places, keeps the last place of a repeated id', () => {
    expect(parsePins('a~1~2,b~x~2,c~1,~1~2,d~1.5~2,e~2000000~0,a~7~8')).toEqual([{ id: 'a', x: 7, y: 8 }]);
  });

  it('keeps at most MAX_PINS, and refuses a new pin beyond the bound while moving a pinned one', () => {
    const many = Array.from({ length: MAX_PINS + 5 }, (_, i) => `n${i}~${i}~0`).join(',');
    const pins = parsePins(many);
    expect(pins).toHaveLength(MAX_PINS);
    expect(pins.at(-1)?.id).toBe(`n${MAX_PINS - 1}`);
    expect(withPin(pins, { id: 'new', x: 0, y: 0 })).toBeUndefined();
    expect(withPin(pins, { id: 'n3', x: 9.4, y: 1.6 })?.[3]).toEqual({ id: 'n3', x: 9, y: 2 });
    expect(withoutPin(pins, 'n3')).toHaveLength(MAX_PINS - 1);
    expect(withPin([], { id: 'a', x: 1, y: 1 })).toEqual([{ id: 'a', x: 1, y: 1 }]);
  });

  it('keeps the address of a full arrangement bounded', () => {
    const pins = Array.from({ length: MAX_PINS }, (_, i) => ({ id: `org:organisatie-met-lange-naam-${i}`, x: -123456, y: 654321 }));
    expect(serialiseExplorerState({ ...parseExplorerState('', 'nl'), pins }).length).toBeLessThan(4000);
  });

  it('reads the colour and betweenness size', () => {
    const state = parseExplorerState('?colour=zone&size=betweenness', 'nl');
    expect([state.colourBy, state.sizeBy]).toEqual(['zone', 'betweenness']);
    expect(parseExplorerState('?colour=rainbow', 'nl').colourBy).toBe('standard');
    expect(serialiseExplorerState(state)).toContain('colour=zone');
  });

  it('drops the pins when another view or layout opens, keeps them for an expansion or a saved view', () => {
    const pinned = parseExplorerState('?zone=zone%3Aa&pin=nis%3A11002~1~2', 'nl');
    expect(patchExplorerState(pinned, { expanded: ['nis:11002'] }).pins).toHaveLength(1);
    expect(patchExplorerState(pinned, { colourBy: 'zone' }).pins).toHaveLength(1);
    expect(patchExplorerState(pinned, { zone: 'zone:b' }).pins).toEqual([]);
    expect(patchExplorerState(pinned, { layout: 'fcose' }).pins).toEqual([]);
    expect(patchExplorerState(pinned, { zone: 'zone:b', pins: [{ id: 'x', x: 0, y: 0 }] }).pins).toEqual([{ id: 'x', x: 0, y: 0 }]);
  });
});
