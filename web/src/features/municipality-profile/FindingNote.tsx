// A finding as the profile quotes it: its severity and its message, in the reader's language.
import type { FindingRef } from '@knooppunt/server/domain/municipality-profile';
import { useI18n } from '../../lib/i18n/i18n';
import { SEVERITY_COLOUR } from '../../lib/palette';

export function FindingNote({ finding }: { finding: FindingRef }) {
  const { lang, vocab } = useI18n();
  const colour = SEVERITY_COLOUR[finding.severity];
  return (
    <p className="profile-finding" data-testid="profile-finding" data-finding-id={finding.id} data-rule={finding.rule}>
      <span className="severity-badge" style={{ background: colour.background, color: colour.text }}>
        {vocab.severity[finding.severity]}
      </span>{' '}
      <span className="profile-finding__rule">{vocab.rule[finding.rule]}:</span> {finding.message[lang]}
    </p>
  );
}
