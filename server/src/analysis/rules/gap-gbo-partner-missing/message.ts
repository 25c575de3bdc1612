// GAP_GBO_PARTNER_MISSING message — a GBO brings together at least the OCMW, the CAW and the ziekenfondsen (geïntegreerd).
import { listNames, type MessageRenderer } from '../../finding';

const PARTNER: Record<string, { nl: string; en: string }> = {
  ocmw: { nl: 'het OCMW', en: 'the OCMW (public social welfare centre)' },
  caw: { nl: 'het CAW', en: 'the CAW (centre for general welfare work)' },
  ziekenfonds: { nl: 'de sociale dienst van een ziekenfonds', en: 'the social service of a health insurance fund' },
};

export const gapGboPartnerMissingMessage: MessageRenderer = (found, name) => {
  const network = name(found.subject);
  const sector = String(found.evidence.sector ?? found.key);
  const partner = PARTNER[sector] ?? { nl: sector, en: sector };
  const area = found.related.map(name);
  const where = area.length > 0 ? { nl: ` (voor ${listNames(area, 'nl')})`, en: ` (for ${listNames(area, 'en')})` } : { nl: '', en: '' };
  return {
    nl: `In het Geïntegreerd Breed Onthaal ${network}${where.nl} zetelt geen partner voor ${sector}, terwijl OCMW, CAW en ziekenfondsen de minimale partners van een GBO zijn. Nodig ${partner.nl} uit als partner in het netwerk.`,
    en: `The integrated reception partnership (GBO) ${network}${where.en} has no member seated for ${sector}, though the OCMW, the CAW and the health insurance funds are a GBO's minimum partners. Invite ${partner.en} to join.`,
  };
};
