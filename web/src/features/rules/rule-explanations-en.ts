// The explanation of every rule in English: what it checks, why it matters, and what resolves it.
import type { RuleExplanations } from './rule-explanations';

export const ruleExplanationsEn: RuleExplanations = {
  GAP_NO_ZONE: {
    checks: 'Does every municipality lie in a primary care zone (eerstelijnszone)? One finding per municipality in no zone.',
    why: 'The eerstelijnszone and its zorgraad are the forum where local governments build an integrated first line with welfare and health partners. A municipality outside every zone misses that consultation and support.',
    resolves: 'Add the municipality to the zone it belongs to (zone_members).',
  },
  GAP_NO_HUIS_VAN_HET_KIND: {
    checks: 'Is the municipality covered by a Huis van het Kind? One finding per municipality that no Huis van het Kind covers.',
    why: 'The Huizen van het Kind are the hub of preventive family support and youth care, local or supra-local (bovenlokaal). With the Sociaal Huis and the Integrated Broad Reception they are the instruments for nearby (nabij), accessible help.',
    resolves: 'Set up a Huis van het Kind, or join a (supra-local) Huis van het Kind of the neighbouring municipalities.',
  },
  GAP_NO_LOK: {
    checks: 'Is the municipality covered by a Lokaal Overleg Kinderopvang (LOK)? One finding per municipality without one.',
    why: 'The local government directs (regie) childcare for babies and toddlers, and the LOK is the consultation where it does so together with the childcare providers.',
    resolves: 'Found a LOK (or have a supra-local LOK work in this municipality) with the childcare providers.',
  },
  GAP_NO_BOA_REGIE: {
    checks: 'Is the municipality covered by a BOA network that some municipality directs? One finding per municipality without one.',
    why: 'The BOA decree of 3 May 2019 gives the local government the regie of out-of-school care and activities: it draws up a local policy with partners. A network without a director does not fill that role.',
    resolves: 'Have a BOA network directed by a municipality (DIRECTS) cover this municipality.',
  },
  GAP_NO_GBO: {
    checks: 'Is the municipality covered by an Integrated Broad Reception (Geïntegreerd Breed Onthaal, GBO)? One finding per municipality without one.',
    why: 'For the most vulnerable, the GBO organises proactive, outreaching reception with active exploration of rights. With the Sociaal Huis it is part of the nearby, accessible front door.',
    resolves: 'Set up a GBO or join an existing one, with at least the OCMW, the CAW and the social services of the health insurance funds.',
  },
  GAP_GBO_PARTNER_MISSING: {
    checks: 'Does every GBO network have a member seated for the OCMW, the CAW and the health insurance funds (ziekenfondsen)? One finding per network and missing sector.',
    why: 'A GBO is a partnership of at least the OCMW, the CAW and the social services of the health insurance funds. Without one of them the reception is not integrated.',
    resolves: 'Add a partner of the missing sector as a member (MEMBER_OF, seated for that sector).',
  },
  GAP_ZORGRAAD_MISSING: {
    checks: 'Does every primary care zone have a zorgraad? One finding per zone without one.',
    why: 'The zorgraad of the primary care zone is where primary care actors and local governments join forces; the circular letter calls the zone the engine of integrated care.',
    resolves: 'Record the zone’s zorgraad (a network of type Zorgraad that is COUNCIL_OF the zone).',
  },
  GAP_ZORGRAAD_SECTOR_MISSING: {
    checks: 'Does every zorgraad seat a member for each of the required sectors? One finding per zorgraad and missing sector.',
    why: 'Youth care, support for persons with a disability and childcare belong at the zorgraad’s table too, so the first line truly connects welfare and health.',
    resolves: 'Seat an organisation of the missing sector in the zorgraad.',
  },
  GAP_ZORGRAAD_MUNICIPALITY_ABSENT: {
    checks: 'Is every municipality a member of its zone’s zorgraad? One finding per municipality and zone.',
    why: 'A local government sits in the zorgraad of its primary care zone to put themes on the agenda with other governments and partners. A municipality that is absent misses that connection.',
    resolves: 'Make the municipality a member of the zorgraad.',
  },
  GAP_CHILDCARE_CAPACITY: {
    checks: 'Are there enough childcare places for babies and toddlers in the municipality, per 100 children aged 0 to 3? Only where the number of children is known.',
    why: 'Accessible childcare is a basic provision for families; the Barcelona target asks for 33 places per 100 children. High when provision is below half the threshold, medium otherwise.',
    resolves: 'More childcare places for babies and toddlers in the municipality (with their capacity recorded), or a different threshold where another agreement applies.',
  },
  GAP_FUNCTION_UNREACHABLE: {
    checks: 'Is every required function reachable: an offer located in or serving the municipality or a neighbouring one? One finding per municipality and function.',
    why: 'Nearby and accessible (nabij): care and support belong close to people. Youth care, family support and disability support should not be far away.',
    resolves: 'An offer of that function in the municipality or a neighbour, or an existing offer that also serves the municipality (SERVES).',
  },
  OVERLAP_MULTIPLE_ZONES: {
    checks: 'Does a municipality lie in more than one primary care zone? One finding per municipality.',
    why: 'A municipality belongs to one zorgraad; in several zones nobody knows where consultation happens, and partners have to sit twice.',
    resolves: 'Choose one zone, or (for a city split into zones) record that split deliberately.',
  },
  OVERLAP_SAME_TYPE: {
    checks: 'Do two or more networks of one type (Huis van het Kind, LOK, BOA, GBO) cover the same municipality? One finding per municipality and type.',
    why: 'Duplicate networks fragment resources and make partners sit at the table twice; one clear point of contact is more accessible.',
    resolves: 'Merge the networks or draw their areas so that each type covers the municipality once.',
  },
  OVERLAP_FORUM_LOAD: {
    checks: 'Is an organisation a member of many networks that all cover one municipality? One finding per organisation.',
    why: 'Partnership takes time. An organisation that sits in many consultation forums about the same municipality spends that time on meetings instead of help.',
    resolves: 'Bundle consultation (merge networks, or one representative per cluster), or adjust the threshold.',
  },
  CONFLICT_REGIE_ACTOR: {
    checks: 'Does a municipality direct a network and, in that domain and area, also provide itself (as an actor member or through an organisation it runs)? One finding per municipality and network.',
    why: 'The local government is both director (regisseur) and provider (actor). To avoid role conflicts the circular letter asks for a governance model (beheersmodel) reconciling the two; the memorandum warns the double role can favour the municipality’s own initiatives. High without a governance model, medium with one.',
    resolves: 'Record a governance model (and check it truly separates the roles), or place the regie or the provision elsewhere.',
  },
  CONFLICT_SELF_FUNDING: {
    checks: 'Does the role conflict above hold, and does the municipality also fund an organisation it runs with offers in that domain? One finding per municipality and network.',
    why: 'A level playing field (gelijk speelveld) needs neutrality: whoever directs and also funds must not favour their own services. This is the sharpest role conflict.',
    resolves: 'Grant funding on transparent criteria open to all, and a governance model that puts decisions on support outside the municipality’s own provision.',
  },
  CONFLICT_UNEQUAL_SUPPORT: {
    checks: 'Does the municipality fund its own provision in a domain while a non-public provider in the same municipality gets nothing, or much less per place? One finding per municipality and domain.',
    why: 'Level playing field: the local government’s double role must not shape who gets support. Compared per place, so large and small providers are weighed fairly.',
    resolves: 'Equalise support per place or justify the difference with objective criteria; record capacity where it is missing.',
  },
  BOUNDARY_NETWORK_CROSSES_ZONES: {
    checks: 'Does a network cover municipalities that together lie in more than one primary care zone? One finding per network.',
    why: 'Supra-local (bovenlokaal) cooperation is good, but a network across zone borders has to align with several zorgraden. A low signal to keep that alignment in view.',
    resolves: 'Record the alignment with the zorgraden involved, or match the network’s area to the zone.',
  },
  BOUNDARY_CONTINUITY: {
    checks: 'Do two neighbouring municipalities differ in coverage by a network type (Huis van het Kind, LOK, BOA, GBO): one has one, the other none? One finding per neighbouring pair and type, about the municipality without.',
    why: 'Continuity of services: people who live or move across a municipal border should not suddenly fall outside all provision. The neighbour’s network is often the quickest fix.',
    resolves: 'Have the municipality join the neighbour’s network, or set up its own network of that type.',
  },
  BOUNDARY_ORG_CROSSES_ZONES: {
    checks: 'Do the municipalities where an organisation has offers, or that they serve, lie together in more than one primary care zone? One finding per organisation.',
    why: 'Such organisations work supra-locally and have to cooperate with several zorgraden; worth knowing who belongs at which tables.',
    resolves: 'Nothing needs to change; make sure the organisation is involved in the zorgraden of the zones where it works.',
  },
};
