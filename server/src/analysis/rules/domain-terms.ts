// How the messages name network types, domains, numbers and amounts in Dutch (nl-BE) and English, so
// every renderer words them alike.
import type { NetworkType, ServiceDomain } from '../../domain/vocabulary';

type Wording = { nl: string; en: string };

export const NETWORK_TYPE_TERM: Readonly<Record<NetworkType, Wording>> = {
  ZORGRAAD: { nl: 'zorgraad', en: 'zorgraad (care council)' },
  HUIS_VAN_HET_KIND: { nl: 'Huis van het Kind', en: 'Huis van het Kind (family support network)' },
  LOK: { nl: 'Lokaal Overleg Kinderopvang (LOK)', en: 'Lokaal Overleg Kinderopvang (LOK, local childcare consultation)' },
  BOA: { nl: 'BOA-netwerk', en: 'BOA network (out-of-school care and activities)' },
  GBO: { nl: 'Geïntegreerd Breed Onthaal (GBO)', en: 'Geïntegreerd Breed Onthaal (GBO, integrated reception)' },
  SOCIAAL_HUIS: { nl: 'Sociaal Huis', en: 'Sociaal Huis' },
  ZORGZAME_BUURT: { nl: 'zorgzame buurt', en: 'zorgzame buurt (caring neighbourhood)' },
  OTHER: { nl: 'netwerk', en: 'network' },
};

export const DOMAIN_TERM: Readonly<Record<ServiceDomain, Wording>> = {
  kinderopvang: { nl: 'kinderopvang voor baby’s en peuters', en: 'childcare for babies and toddlers' },
  boa: { nl: 'buitenschoolse opvang en activiteiten', en: 'out-of-school care and activities' },
  gezin: { nl: 'gezinsondersteuning', en: 'family support' },
  jeugdhulp: { nl: 'jeugdhulp', en: 'youth care' },
  handicap: { nl: 'ondersteuning van personen met een handicap', en: 'support for persons with a disability' },
  onthaal: { nl: 'onthaal en sociale dienstverlening', en: 'reception and social services' },
  eerstelijn: { nl: 'eerstelijnszorg', en: 'primary care' },
};

// One formatter per language, made once: toLocaleString with options builds a new one on every call,
// which made wording thousands of findings slower than finding them.
const NUMBER_FORMAT = {
  nl: new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

export const number = {
  nl: (value: number): string => NUMBER_FORMAT.nl.format(value),
  en: (value: number): string => NUMBER_FORMAT.en.format(value),
};

export const euro = {
  nl: (amount: number): string => `€ ${number.nl(amount)}`,
  en: (amount: number): string => `€${number.en(amount)}`,
};
