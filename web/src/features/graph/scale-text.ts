// The strings of a big view's sector groups, Dutch (nl-BE) first.
import { useI18n } from '../../lib/i18n/i18n';
import { formatCount } from '../../lib/i18n/lang';

/** "Kinderopvang" reads as a common noun after a number; an abbreviation such as "CAW" keeps its capitals. */
const common = (name: string) => (/^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLocaleLowerCase() + name.slice(1) : name);

const nl = {
  /** "12 kinderopvang": a sector's organisations around one municipality, drawn as one node. */
  groupName: (members: number, sector: string) => `${formatCount('nl', members)} ${common(sector)}`,
  groupKind: (municipality: string) => `groep in ${municipality}, klik om te openen`,
  /** "8 × buitenschoolse opvang": a municipality's offers of one function, drawn as one node. */
  offerGroupName: (offers: number, offerFunction: string) => `${formatCount('nl', offers)} × ${common(offerFunction)}`,
  offerGroupKind: (municipality: string) => `aanbod in ${municipality}, klik om te openen`,
};

export type ScaleText = typeof nl;

const en: ScaleText = {
  groupName: (members, sector) => `${formatCount('en', members)} ${common(sector)}`,
  groupKind: (municipality) => `group in ${municipality}, click to open`,
  offerGroupName: (offers, offerFunction) => `${formatCount('en', offers)} × ${common(offerFunction)}`,
  offerGroupKind: (municipality) => `offers in ${municipality}, click to open`,
};

export const scaleText = { nl, en };

export function useScaleText(): ScaleText {
  return scaleText[useI18n().lang];
}
