// CONFLICT_REGIE_ACTOR's rule page: what it checks, why it matters and what resolves it, in Dutch and English.
import type { RuleExplanationTexts } from '../rule-parts';

export const explanation: RuleExplanationTexts = {
  nl: {
    checks: 'Voert een gemeente de regie over een netwerk en is ze in dat domein en werkgebied ook zelf aanbieder (als actor-lid of via een organisatie die ze uitbaat)? Eén bevinding per gemeente en per netwerk.',
    why: 'Het lokaal bestuur is regisseur en actor. Om rolconflicten te vermijden vraagt de omzendbrief een beheersmodel dat beide rollen verzoent; het memorandum waarschuwt dat de dubbele rol in het voordeel van gemeentelijke initiatieven kan uitvallen. Hoog zonder beheersmodel, middel met.',
    resolves: 'Een beheersmodel vastleggen (en nagaan dat het de rollen echt scheidt), of de regie of de uitbating elders beleggen.',
  },
  en: {
    checks: 'Does a municipality direct a network and, in that domain and area, also provide itself (as an actor member or through an organisation it runs)? One finding per municipality and network.',
    why: 'The local government is both director (regisseur) and provider (actor). To avoid role conflicts the circular letter asks for a governance model (beheersmodel) reconciling the two; the memorandum warns the double role can favour the municipality’s own initiatives. High without a governance model, medium with one.',
    resolves: 'Record a governance model (and check it truly separates the roles), or place the regie or the provision elsewhere.',
  },
};
