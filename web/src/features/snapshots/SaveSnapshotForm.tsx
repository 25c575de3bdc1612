// Save the graph as it is now under a name. Saving is a write, so it needs the server's write token: the
// user types it, it stays in this tab (write-token.ts), and a refusal says plainly what is wrong.
import { SNAPSHOT_NAME_MAX_LENGTH, type SnapshotSummary } from '@knooppunt/server/domain/snapshot';
import { useId, useState, type FormEvent } from 'react';
import { useSaveSnapshot } from './api/save-snapshot';
import { useSnapshotsText } from './snapshots-text';
import { writeRefusal } from './write-refusal';

export interface SaveSnapshotFormProps {
  /** The write token, shared with the list's delete buttons (write-token.ts keeps it for this tab). */
  token: string;
  onTokenChange: (token: string) => void;
  onSaved: (snapshot: SnapshotSummary) => void;
}

export function SaveSnapshotForm({ token, onTokenChange, onSaved }: SaveSnapshotFormProps) {
  const text = useSnapshotsText();
  const [name, setName] = useState('');
  const save = useSaveSnapshot();
  const hintId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { name, token },
      {
        onSuccess: (snapshot) => {
          setName('');
          onSaved(snapshot);
        },
      },
    );
  };

  return (
    <form className="snapshot-save" onSubmit={submit} aria-label={text.saveTitle} data-testid="snapshot-save">
      <h4 className="snapshots-subtitle">{text.saveTitle}</h4>
      <div className="snapshot-save__fields">
        <label className="field">
          <span className="field__label">{text.saveName}</span>
          <input
            type="text"
            className="snapshot-input"
            name="name"
            required
            maxLength={SNAPSHOT_NAME_MAX_LENGTH}
            placeholder={text.saveNamePlaceholder}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{text.saveToken}</span>
          <input
            type="password"
            className="snapshot-input"
            name="token"
            autoComplete="off"
            aria-describedby={hintId}
            value={token}
            onChange={(event) => onTokenChange(event.target.value)}
          />
        </label>
        <button type="submit" className="button button--primary" disabled={save.isPending || name.trim() === ''}>
          {save.isPending ? text.saving : text.save}
        </button>
      </div>
      <p id={hintId} className="snapshot-hint">
        {text.saveTokenHint}
      </p>
      {save.isError && (
        <p className="snapshot-message snapshot-message--error" role="alert" data-testid="snapshot-save-error">
          {writeRefusal(save.error, text, text.errorOther)}
        </p>
      )}
      {save.isSuccess && (
        <p className="snapshot-message" role="status">
          {text.saved(save.data.name)}
        </p>
      )}
    </form>
  );
}
