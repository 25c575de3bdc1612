// GAP_NO_GBO's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Valt de gemeente onder een Geïntegreerd Breed Onthaal (GBO)? Eén bevinding per gemeente zonder GBO.',
    why: 'Voor de meest kwetsbare personen organiseert het GBO een proactief en outreachend onthaal met actieve rechtenverkenning. Het hoort samen met het Sociaal Huis bij de nabije, toegankelijke voordeur.',
    resolves: 'Een GBO opzetten of de gemeente laten aansluiten bij een bestaand GBO, met minstens OCMW, CAW en de diensten maatschappelijk werk van de ziekenfondsen.',
  },
  en: {
    checks: 'Is the municipality covered by an Integrated Broad Reception (Geïntegreerd Breed Onthaal, GBO)? One finding per municipality without one.',
    why: 'For the most vulnerable, the GBO organises proactive, outreaching reception with active exploration of rights. With the Sociaal Huis it is part of the nearby, accessible front door.',
    resolves: 'Set up a GBO or join an existing one, with at least the OCMW, the CAW and the social services of the health insurance funds.',
  },
};
