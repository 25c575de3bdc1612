// Shown until a municipality is chosen: the municipalities of the current view, and a search for any other.
import { MunicipalitySearch } from './MunicipalitySearch';
import { useProfileText } from './municipality-profile-text';

export interface MunicipalityPickerProps {
  municipalities: { id: string; name: string }[];
  onChoose: (municipalityId: string) => void;
}

export function MunicipalityPicker({ municipalities, onChoose }: MunicipalityPickerProps) {
  const text = useProfileText();
  return (
    <div className="profile-picker" data-testid="profile-picker">
      <h3 className="profile-section__title">{text.pickerTitle}</h3>
      <p className="profile-intro">{text.pickerIntro}</p>
      <MunicipalitySearch onChoose={onChoose} label={text.pickerSearch} />
      <h4 className="profile-subtitle">{text.pickerInView}</h4>
      {municipalities.length === 0 ? (
        <p className="muted">{text.pickerNoneInView}</p>
      ) : (
        <ul className="profile-chips">
          {municipalities.map((municipality) => (
            <li key={municipality.id}>
              <button type="button" className="profile-chip" data-testid="profile-pick" data-node-id={municipality.id} onClick={() => onChoose(municipality.id)}>
                {municipality.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
