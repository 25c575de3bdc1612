// OVERLAP_FORUM_LOAD message — verbindend and participatief: partners take part best in few, well-aligned forums.
import { plural } from '../../../domain/plural';
import { listNames, type MessageRenderer } from '../../finding';
import type { OverlapForumLoadEvidence } from './detect';

export const overlapForumLoadMessage: MessageRenderer = (found, name) => {
  const { municipalities, networkCount, threshold } = found.evidence as OverlapForumLoadEvidence;
  const organisation = name(found.subject);
  const names = municipalities.map(name);
  const networksNl = plural('nl', networkCount, 'netwerk dat', 'netwerken die tegelijk');
  const networksEn = plural('en', networkCount, 'network that covers', 'networks that all cover');
  return {
    nl: `${organisation} zit in tot ${networksNl} eenzelfde gemeente dekken (${listNames(names, 'nl')}; drempel ${threshold}). Zoveel overlappende overlegfora vragen veel van één partner: stem die netwerken op elkaar af of bundel het overleg, zodat verbinden niet in vergaderen verdrinkt.`,
    en: `${organisation} sits in up to ${networksEn} one municipality (${listNames(names, 'en')}; threshold ${threshold}). So many overlapping forums ask a lot of one partner: align those networks or bundle the consultation, so that connecting does not drown in meetings.`,
  };
};
