// GAP_FUNCTION_UNREACHABLE: what it is called and what it reads, for the web app (its names and rule page) and the server alike.
import type { RuleAbout } from '../rule-parts';

export const about = {
  id: 'GAP_FUNCTION_UNREACHABLE',
  name: { nl: 'Functie niet bereikbaar in de buurt', en: 'Function not reachable nearby' },
  severities: ['medium'],
  parameters: ['reachFunctions'],
} as const satisfies RuleAbout<'GAP_FUNCTION_UNREACHABLE'>;
