// Save the view as it is under a name, and reopen or delete saved ones: all in this browser's localStorage.
import { useState } from 'react';
import { MAX_NAME_LENGTH, readSavedViews, withoutSavedView, withSavedView, writeSavedViews, type SavedView } from './saved-views';
import { useSavedViewsText } from './saved-views-text';

export interface SavedViewsProps {
  /** The current view's query string. */
  search: string;
  onOpen: (search: string) => void;
}

function browserStore(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function SavedViews({ search, onOpen }: SavedViewsProps) {
  const text = useSavedViewsText();
  const store = browserStore();
  const [views, setViews] = useState<SavedView[]>(() => (store ? readSavedViews(store) : []));
  const [name, setName] = useState('');
  const [refused, setRefused] = useState(false);
  if (!store) return null;

  const keep = (next: SavedView[]) => {
    const written = writeSavedViews(store, next);
    setRefused(!written);
    if (written) setViews(next);
  };

  return (
    <section className="saved-views" aria-labelledby="saved-views-title">
      <h2 id="saved-views-title" className="saved-views__title">
        {text.title}
      </h2>
      <form
        className="saved-views__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim().length === 0) return;
          keep(withSavedView(views, name, search, new Date()));
          setName('');
        }}
      >
        <label className="field">
          <span className="field__label">{text.nameLabel}</span>
          <input data-testid="saved-view-name" value={name} maxLength={MAX_NAME_LENGTH} placeholder={text.namePlaceholder} onChange={(event) => setName(event.target.value)} />
        </label>
        <button type="submit" className="button" data-testid="save-view-button" disabled={name.trim().length === 0}>
          {text.save}
        </button>
      </form>
      {refused && <p className="panel-note">{text.refused}</p>}
      {views.length === 0 ? (
        <p className="saved-views__none">{text.none}</p>
      ) : (
        <ul className="saved-views__list" data-testid="saved-views">
          {views.map((view) => (
            <li key={view.name}>
              <button type="button" className="link-button" aria-label={text.open(view.name)} onClick={() => onOpen(view.search)}>
                {view.name}
              </button>
              <button type="button" className="icon-button" aria-label={text.remove(view.name)} title={text.remove(view.name)} onClick={() => keep(withoutSavedView(views, view.name))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
