// GAP_NO_BOA_REGIE message — under the BOA decree of 3 May 2019 the local government takes the regie (regierol).
import { listNames, type MessageRenderer } from '../../finding';

export const gapNoBoaRegieMessage: MessageRenderer = (found, name) => {
  const municipality = name(found.subject);
  const networks = ((found.evidence.boaNetworks as string[] | undefined) ?? []).map(name);
  if (networks.length === 0) {
    return {
      nl: `Geen BOA-netwerk dekt ${municipality}: volgens het decreet van 3 mei 2019 neemt het lokaal bestuur de regie op van buitenschoolse opvang en activiteiten. Zet een BOA-netwerk op waarvan de gemeente de regie voert.`,
      en: `No BOA network (out-of-school care and activities) covers ${municipality}: under the decree of 3 May 2019 the local government takes the regie (directing role). Set up a BOA network that the municipality directs.`,
    };
  }
  return {
    nl: `${municipality} valt onder ${listNames(networks, 'nl')}, maar geen gemeente voert er de regie: volgens het BOA-decreet van 3 mei 2019 neemt het lokaal bestuur de regie op van buitenschoolse opvang en activiteiten. Leg vast welk lokaal bestuur dit netwerk regisseert.`,
    en: `${municipality} is covered by ${listNames(networks, 'en')}, but no municipality directs it: under the BOA decree of 3 May 2019 the local government takes the regie of out-of-school care. Record which local government directs the network.`,
  };
};
