// Municipalities of the data that the boundaries do not know (made-up NIS codes, a foreign dataset):
// named, so nobody mistakes their absence from the map for an absence from the data.
import type { MapMunicipality } from '@knooppunt/server/domain/map-overview';
import { useMapText } from './map-text';

export function UnplacedList({ municipalities }: { municipalities: readonly MapMunicipality[] }) {
  const text = useMapText();
  return (
    <section className="map-unplaced" data-testid="map-unplaced" aria-labelledby="map-unplaced-title">
      <h3 id="map-unplaced-title">{text.unplacedTitle(municipalities.length)}</h3>
      <p>{text.unplacedIntro}</p>
      <ul>
        {municipalities.map((municipality) => (
          <li key={municipality.nis} data-nis={municipality.nis}>
            {municipality.name} ({municipality.nis})
          </li>
        ))}
      </ul>
    </section>
  );
}
