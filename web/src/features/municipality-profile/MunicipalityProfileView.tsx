// PLACEHOLDER (session 2 wiring): replaced by the municipality profile.
export function MunicipalityProfileView(_props: {
  municipalityId?: string;
  municipalities: { id: string; name: string }[];
  onChooseMunicipality: (id: string) => void;
  onSelect: (id: string | undefined) => void;
}) {
  return null;
}
