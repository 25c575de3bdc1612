// GAP_NO_ZONE message — a municipality outside every eerstelijnszone has no seat in a zorgraad (geïntegreerd).
import type { MessageRenderer } from '../../finding';

export const gapNoZoneMessage: MessageRenderer = (found, name) => {
  const municipality = name(found.subject);
  return {
    nl: `${municipality} hoort bij geen enkele eerstelijnszone, en zetelt dus in geen zorgraad, "de motor van geïntegreerde zorg". Wijs de gemeente toe aan de eerstelijnszone waar haar buurgemeenten bij horen.`,
    en: `${municipality} belongs to no eerstelijnszone (primary care zone), so it sits in no zorgraad, "the motor of integrated care". Assign the municipality to the zone its neighbours belong to.`,
  };
};
