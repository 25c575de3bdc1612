// Find any municipality by name or NIS code and choose it: the profile is not limited to the view.
import { useId, useState } from 'react';
import { useDebounced } from '../../lib/use-debounced';
import { useMunicipalitySearch } from './api/search-municipalities';
import { useProfileText } from './municipality-profile-text';

export function MunicipalitySearch({ onChoose, label }: { onChoose: (municipalityId: string) => void; label: string }) {
  const text = useProfileText();
  const id = useId();
  const [query, setQuery] = useState('');
  // Asked once typing pauses, not on every key.
  const settled = useDebounced(query.trim(), 200);
  const search = useMunicipalitySearch(settled);
  const hits = settled.length >= 2 ? (search.data ?? []) : [];

  return (
    <div className="profile-search">
      <label className="field">
        <span className="field__label">{label}</span>
        <input
          type="search"
          data-testid="profile-search-input"
          placeholder={text.pickerSearchPlaceholder}
          aria-describedby={`${id}-status`}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      <p id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {settled.length >= 2 && (search.isFetching ? text.pickerSearching : hits.length === 0 ? text.pickerNoResults : '')}
      </p>
      {settled.length >= 2 && (
        <ul className="profile-search__hits">
          {hits.length === 0 && <li className="muted">{search.isFetching ? text.pickerSearching : text.pickerNoResults}</li>}
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                className="profile-chip"
                data-testid="profile-search-hit"
                data-node-id={hit.id}
                onClick={() => {
                  setQuery('');
                  onChoose(hit.id);
                }}
              >
                {hit.name} <span className="muted">{hit.id.slice('nis:'.length)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
