// Pick what to compare (a snapshot, and another one or now) and see what changed.
import { NOW, type SnapshotSummary } from '@knooppunt/server/domain/snapshot';
import { useI18n } from '../../lib/i18n/i18n';
import { LANG_TAG } from '../../lib/i18n/lang';
import { useSnapshotDiff } from './api/get-snapshot-diff';
import { snapshotDownloadHref } from './api/get-snapshots';
import { SnapshotDiffView } from './SnapshotDiffView';
import { useSnapshotsText } from './snapshots-text';

export interface SnapshotComparisonProps {
  snapshots: SnapshotSummary[];
  from: string | undefined;
  to: string;
  onChange: (sides: { from: string; to: string }) => void;
}

export function SnapshotComparison({ snapshots, from, to, onChange }: SnapshotComparisonProps) {
  const { lang } = useI18n();
  const text = useSnapshotsText();
  const diff = useSnapshotDiff(from, to);
  const date = new Intl.DateTimeFormat(LANG_TAG[lang], { dateStyle: 'medium', timeStyle: 'short' });
  const option = (snapshot: SnapshotSummary) => (
    <option key={snapshot.id} value={snapshot.id}>
      {snapshot.name} · {date.format(new Date(snapshot.createdAt))}
    </option>
  );
  const chosen = snapshots.find((snapshot) => snapshot.id === from);

  return (
    <section className="snapshot-comparison" aria-label={text.diffTitle} data-testid="snapshot-comparison">
      <h4 className="snapshots-subtitle">{text.diffTitle}</h4>
      {from === undefined ? (
        <p className="view-status">{text.diffPickFirst}</p>
      ) : (
        <>
          <div className="snapshot-comparison__picker">
            <label className="field">
              <span className="field__label">{text.diffFrom}</span>
              <select data-testid="diff-from" value={from} onChange={(event) => onChange({ from: event.target.value, to })}>
                {snapshots.map(option)}
              </select>
            </label>
            <span className="snapshot-comparison__arrow" aria-hidden="true">
              →
            </span>
            <label className="field">
              <span className="field__label">{text.diffTo}</span>
              <select data-testid="diff-to" value={to} onChange={(event) => onChange({ from, to: event.target.value })}>
                <option value={NOW}>{text.now}</option>
                {snapshots.map(option)}
              </select>
            </label>
            {chosen && (
              <a className="snapshot-comparison__download" href={snapshotDownloadHref(chosen.id)} download>
                {text.downloadLabel(chosen.name)}
              </a>
            )}
          </div>
          {diff.isPending && <p className="view-status">{text.diffLoading}</p>}
          {diff.isError && <p className="view-status view-status--error">{text.diffError}</p>}
          {diff.isSuccess && <SnapshotDiffView diff={diff.data} />}
        </>
      )}
    </section>
  );
}
