// BOUNDARY_CONTINUITY's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Verschillen twee buurgemeenten in dekking door een type netwerk (Huis van het Kind, LOK, BOA, GBO): de ene heeft er één, de andere geen? Eén bevinding per buurpaar en type, over de gemeente zonder.',
    why: 'Continuïteit van dienstverlening: wie over de gemeentegrens verhuist of woont, moet niet plots zonder aanbod vallen. Het netwerk van de buur is vaak de snelste oplossing.',
    resolves: 'De gemeente laten aansluiten bij het netwerk van de buurgemeente, of er een eigen netwerk van dat type opzetten.',
  },
  en: {
    checks: 'Do two neighbouring municipalities differ in coverage by a network type (Huis van het Kind, LOK, BOA, GBO): one has one, the other none? One finding per neighbouring pair and type, about the municipality without.',
    why: 'Continuity of services: people who live or move across a municipal border should not suddenly fall outside all provision. The neighbour’s network is often the quickest fix.',
    resolves: 'Have the municipality join the neighbour’s network, or set up its own network of that type.',
  },
};
