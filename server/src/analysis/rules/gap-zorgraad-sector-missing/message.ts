// GAP_ZORGRAAD_SECTOR_MISSING message — jeugdhulp, handicap and kinderopvang are "volwaardige partners binnen de zorgraden" (verbindend).
import { listNames, type MessageRenderer } from '../../finding';

/** English words for the sectors a zorgraad is most often asked to seat; others keep their Dutch name. */
const SECTOR_EN: Record<string, string> = {
  jeugdhulp: 'youth care (jeugdhulp)',
  handicap: 'disability support (handicap)',
  kinderopvang: 'childcare (kinderopvang)',
  huisartsen: 'general practitioners (huisartsen)',
  thuiszorg: 'home care (thuiszorg)',
  geestelijke_gezondheid: 'mental health (geestelijke_gezondheid)',
};

export const gapZorgraadSectorMissingMessage: MessageRenderer = (found, name) => {
  const zorgraad = name(found.subject);
  const sector = String(found.evidence.sector ?? found.key);
  const zones = found.related.map(name);
  const of = zones.length > 0 ? { nl: ` van ${listNames(zones, 'nl')}`, en: ` of ${listNames(zones, 'en')}` } : { nl: '', en: '' };
  return {
    nl: `In de zorgraad ${zorgraad}${of.nl} zetelt niemand voor de sector ${sector}, terwijl organisaties uit jeugdhulp, handicap en kinderopvang volwaardige partners binnen de zorgraden zijn. Geef de sector ${sector} een zetel in de zorgraad.`,
    en: `No member of the zorgraad (care council) ${zorgraad}${of.en} is seated for the ${SECTOR_EN[sector] ?? sector} sector, though youth care, disability and childcare organisations are full partners in the care councils. Give that sector a seat.`,
  };
};
