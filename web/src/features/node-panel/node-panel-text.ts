// Strings of the node panel that came with the municipality profile (the rest are in lib/i18n/messages-*.ts).
import { formatCount } from '../../lib/i18n/lang';

export const nodePanelText = {
  nl: {
    openProfile: 'Gemeenteprofiel openen',
    /** "toon 100 van 1.240": an expanded hub, cut to the first neighbours. */
    capped: (shown: number, total: number) => `Getoond: ${formatCount('nl', shown)} van ${formatCount('nl', total)} buren`,
    showAll: 'Alle buren tonen',
  },
  en: {
    openProfile: 'Open municipality profile',
    capped: (shown: number, total: number) => `Showing ${formatCount('en', shown)} of ${formatCount('en', total)} neighbours`,
    showAll: 'Show all neighbours',
  },
} satisfies Record<'nl' | 'en', { openProfile: string; capped: (shown: number, total: number) => string; showAll: string }>;
