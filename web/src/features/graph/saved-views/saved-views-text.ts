// The strings of the saved views, Dutch (nl-BE) first.
import { useI18n } from '../../../lib/i18n/i18n';

const nl = {
  title: 'Bewaarde weergaven',
  nameLabel: 'Naam van deze weergave',
  namePlaceholder: 'bv. Roeselare vooraan',
  save: 'Bewaren',
  open: (name: string) => `Weergave „${name}” openen`,
  remove: (name: string) => `Weergave „${name}” verwijderen`,
  none: 'Nog geen bewaarde weergaven. Een weergave bewaart de zone, filters, kleuren en vastgezette knopen, in deze browser.',
  refused: 'De browser weigerde te bewaren (opslag vol of uitgeschakeld). De link in de adresbalk bewaart de weergave ook.',
};

export type SavedViewsText = typeof nl;

const en: SavedViewsText = {
  title: 'Saved views',
  nameLabel: 'Name of this view',
  namePlaceholder: 'e.g. Roeselare in front',
  save: 'Save',
  open: (name: string) => `Open view “${name}”`,
  remove: (name: string) => `Delete view “${name}”`,
  none: 'No saved views yet. A view keeps the zone, filters, colours and pinned nodes, in this browser.',
  refused: 'The browser refused to save (storage full or disabled). The link in the address bar keeps the view too.',
};

export const savedViewsText = { nl, en };

export function useSavedViewsText(): SavedViewsText {
  return savedViewsText[useI18n().lang];
}
