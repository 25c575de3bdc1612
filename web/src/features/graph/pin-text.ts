// The strings of pinning, Dutch (nl-BE) first.
import { useI18n } from '../../lib/i18n/i18n';

const nl = {
  groupLabel: 'Plaats in de graaf',
  pin: 'Vastzetten op deze plek',
  unpin: 'Losmaken',
  move: { left: 'Naar links schuiven en vastzetten', up: 'Naar boven schuiven en vastzetten', down: 'Naar onder schuiven en vastzetten', right: 'Naar rechts schuiven en vastzetten' },
  pinnedNote: 'Vastgezet: blijft op deze plek, ook in de link en na herladen. Sleep om te verplaatsen.',
  full: (max: number) => `Al ${max} knopen vastgezet, het maximum dat een link bewaart. Maak er eerst één los.`,
};

export type PinText = typeof nl;

const en: PinText = {
  groupLabel: 'Place in the graph',
  pin: 'Pin in this place',
  unpin: 'Unpin',
  move: { left: 'Move left and pin', up: 'Move up and pin', down: 'Move down and pin', right: 'Move right and pin' },
  pinnedNote: 'Pinned: stays in this place, in the link and after a reload too. Drag to move it.',
  full: (max: number) => `${max} nodes pinned already, the most a link keeps. Unpin one first.`,
};

export const pinText = { nl, en };

export function usePinText(): PinText {
  return pinText[useI18n().lang];
}
