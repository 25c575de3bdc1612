// GAP_NO_LOK's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Valt de gemeente onder een Lokaal Overleg Kinderopvang (LOK)? Eén bevinding per gemeente zonder LOK.',
    why: 'Het lokaal bestuur neemt de regie van de kinderopvang voor baby’s en peuters op, en het LOK is het overleg waarin het dat samen met de opvanginitiatieven doet: wederzijdse betrokkenheid tussen lokaal bestuur en kinderopvang.',
    resolves: 'Een LOK oprichten (of een bovenlokaal LOK laten werken in deze gemeente) met de kinderopvanginitiatieven.',
  },
  en: {
    checks: 'Is the municipality covered by a Lokaal Overleg Kinderopvang (LOK)? One finding per municipality without one.',
    why: 'The local government directs (regie) childcare for babies and toddlers, and the LOK is the consultation where it does so together with the childcare providers.',
    resolves: 'Found a LOK (or have a supra-local LOK work in this municipality) with the childcare providers.',
  },
};
