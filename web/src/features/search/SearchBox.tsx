// Type-ahead search in the header, as an ARIA combobox: arrows move, Enter chooses, Escape closes.
import type { SearchHit } from '@knooppunt/server/domain/api';
import { useId, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import './search.css';
import { LABEL_COLOUR } from '../../lib/palette';
import { ShapeIcon } from '../../lib/ShapeIcon';
import { useSearch } from './api/search-nodes';
import { useDebounced } from '../../lib/use-debounced';

export interface SearchBoxProps {
  onChoose: (hit: SearchHit) => void;
  /** Names the zones a hit lists by id; ids it does not know are shown as they are. */
  zoneName: (zoneId: string) => string;
}

export function SearchBox({ onChoose, zoneName }: SearchBoxProps) {
  const { t, vocab } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 150);
  const search = useSearch(query);
  const hits = query.length >= 2 ? (search.data ?? []) : [];
  const expanded = open && text.trim().length >= 2;

  const choose = (hit: SearchHit) => {
    onChoose(hit);
    setText('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0) setActive((current) => (current + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (expanded && hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t.searchLabel}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        data-testid="search-input"
        placeholder={t.searchPlaceholder}
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${id}-hit-${active}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul id={`${id}-list`} role="listbox" aria-label={t.searchResults} className="search__list">
          {hits.length === 0 && (
            <li className="search__empty" role="presentation">
              {search.isFetching ? t.searchLoading : t.searchNoResults}
            </li>
          )}
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={`${id}-hit-${index}`}
              role="option"
              aria-selected={index === active}
              data-testid="search-result"
              data-node-id={hit.id}
              className={index === active ? 'search__hit is-active' : 'search__hit'}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(hit);
              }}
              // mousemove, not mouseenter: a list opening under a resting pointer must not move the choice.
              onMouseMove={() => index !== active && setActive(index)}
            >
              <ShapeIcon label={hit.label} colour={LABEL_COLOUR[hit.label]} />
              <span className="search__name">{hit.name}</span>
              <span className="search__meta">
                {vocab.label[hit.label]}
                {hit.matched === 'nis' ? ` · ${t.searchMatchedNis}` : ''}
                {hit.zones.length > 0 ? ` · ${hit.zones.map(zoneName).join(', ')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
