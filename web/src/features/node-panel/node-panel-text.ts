// Strings of the node panel that came with the municipality profile (the rest are in lib/i18n/messages-*.ts).
const number = (locale: string, value: number) => new Intl.NumberFormat(locale).format(value);

export const nodePanelText = {
  nl: {
    openProfile: 'Gemeenteprofiel openen',
    /** "toon 100 van 1.240": an expanded hub, cut to the first neighbours. */
    capped: (shown: number, total: number) => `Getoond: ${number('nl-BE', shown)} van ${number('nl-BE', total)} buren`,
    showAll: 'Alle buren tonen',
  },
  en: {
    openProfile: 'Open municipality profile',
    capped: (shown: number, total: number) => `Showing ${number('en-GB', shown)} of ${number('en-GB', total)} neighbours`,
    showAll: 'Show all neighbours',
  },
} satisfies Record<'nl' | 'en', { openProfile: string; capped: (shown: number, total: number) => string; showAll: string }>;
