// Snapshots of the graph: the ones saved in the active store (with a download each), saving one now, and
// comparing two of them, or one with now.
import { NOW } from '@knooppunt/server/domain/snapshot';
import { useState } from 'react';
import { useDeleteSnapshot } from './api/delete-snapshot';
import { useSnapshots } from './api/get-snapshots';
import { SaveSnapshotForm } from './SaveSnapshotForm';
import { SnapshotComparison } from './SnapshotComparison';
import { SnapshotList } from './SnapshotList';
import { useSnapshotsText } from './snapshots-text';
import { writeRefusal } from './write-refusal';
import { useWriteToken } from './write-token';
import './snapshots.css';

export function SnapshotsView() {
  const text = useSnapshotsText();
  const snapshots = useSnapshots();
  const [sides, setSides] = useState<{ from?: string; to: string }>({ to: NOW });
  const [token, setToken] = useWriteToken();
  const remove = useDeleteSnapshot();
  const list = snapshots.data ?? [];
  // Until the user picks, compare the newest snapshot with now: "what changed since".
  const from = list.some((snapshot) => snapshot.id === sides.from) ? sides.from : list[0]?.id;
  const to = sides.to === NOW || list.some((snapshot) => snapshot.id === sides.to) ? sides.to : NOW;

  return (
    <section className="snapshots-view" data-testid="snapshots-view" aria-label={text.label}>
      <header className="snapshots-header">
        <h3 className="snapshots-title">{text.title}</h3>
        <p className="snapshots-intro">{text.intro}</p>
      </header>
      <section className="snapshots-saved" aria-label={text.listTitle}>
        <h4 className="snapshots-subtitle">{text.listTitle}</h4>
        {snapshots.isPending && <p className="view-status">{text.listLoading}</p>}
        {snapshots.isError && <p className="view-status view-status--error">{text.listError}</p>}
        {snapshots.isSuccess && (
          <SnapshotList
            snapshots={list}
            chosenId={from}
            onChoose={(id) => setSides({ from: id, to })}
            onDelete={(snapshot) => {
              if (window.confirm(text.deleteConfirm(snapshot.name))) remove.mutate({ snapshot, token });
            }}
          />
        )}
        {remove.isError && (
          <p className="snapshot-message snapshot-message--error" role="alert" data-testid="snapshot-delete-error">
            {writeRefusal(remove.error, text, text.errorDelete)}
          </p>
        )}
        {remove.isSuccess && (
          <p className="snapshot-message" role="status">
            {text.deleted(remove.variables.snapshot.name)}
          </p>
        )}
      </section>
      <SaveSnapshotForm token={token} onTokenChange={setToken} onSaved={(snapshot) => setSides({ from: snapshot.id, to: NOW })} />
      {snapshots.isSuccess && <SnapshotComparison snapshots={list} from={from} to={to} onChange={setSides} />}
    </section>
  );
}
