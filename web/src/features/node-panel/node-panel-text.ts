// Strings of the node panel that came with the municipality profile (the rest are in lib/i18n/messages-*.ts).
export const nodePanelText = {
  nl: { openProfile: 'Gemeenteprofiel openen' },
  en: { openProfile: 'Open municipality profile' },
} satisfies Record<'nl' | 'en', { openProfile: string }>;
