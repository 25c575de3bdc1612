// A comparison: the summary counts first (always whole), then the lists, each a table.
import type { SnapshotDiffResponse } from '@knooppunt/server/domain/snapshot';
import { useI18n } from '../../lib/i18n/i18n';
import { FindingDiffTable, NodeDiffTable, RelationshipDiffTable } from './DiffTables';
import { useSnapshotsText } from './snapshots-text';

function SummaryCount({ value, label, testId }: { value: number; label: string; testId: string }) {
  const { formatNumber } = useI18n();
  return (
    <span className={value === 0 ? 'diff-count diff-count--zero' : 'diff-count'} data-testid={testId} data-count={value}>
      <strong>{formatNumber(value)}</strong> {label}
    </span>
  );
}

export function SnapshotDiffView({ diff }: { diff: SnapshotDiffResponse }) {
  const text = useSnapshotsText();
  const { counts, nodes, relationships, findings } = diff;
  const same = Object.values(counts).every((count) => count === 0);
  return (
    <div className="snapshot-diff" data-testid="snapshot-diff">
      <dl className="diff-summary" data-testid="diff-summary">
        <div>
          <dt>{text.summaryNodes}</dt>
          <dd>
            <SummaryCount value={counts.nodesAdded} label={text.added} testId="diff-nodes-added" />
            <SummaryCount value={counts.nodesRemoved} label={text.removed} testId="diff-nodes-removed" />
            <SummaryCount value={counts.nodesChanged} label={text.changed} testId="diff-nodes-changed" />
          </dd>
        </div>
        <div>
          <dt>{text.summaryRelationships}</dt>
          <dd>
            <SummaryCount value={counts.relationshipsAdded} label={text.added} testId="diff-relationships-added" />
            <SummaryCount value={counts.relationshipsRemoved} label={text.removed} testId="diff-relationships-removed" />
            <SummaryCount value={counts.relationshipsChanged} label={text.changed} testId="diff-relationships-changed" />
          </dd>
        </div>
        <div>
          <dt>{text.summaryFindings}</dt>
          <dd>
            <SummaryCount value={counts.findingsOpened} label={text.opened} testId="diff-findings-opened" />
            <SummaryCount value={counts.findingsClosed} label={text.closed} testId="diff-findings-closed" />
          </dd>
        </div>
      </dl>
      {same && <p className="view-status">{text.diffSame}</p>}
      {diff.truncated && <p className="snapshot-hint">{text.diffTruncated(diff.limit)}</p>}
      <FindingDiffTable title={text.findingsOpened} rows={findings.opened} total={counts.findingsOpened} testId="diff-findings-opened-list" />
      <FindingDiffTable title={text.findingsClosed} rows={findings.closed} total={counts.findingsClosed} testId="diff-findings-closed-list" />
      <NodeDiffTable title={text.nodesAdded} rows={nodes.added} total={counts.nodesAdded} testId="diff-nodes-added-list" />
      <NodeDiffTable title={text.nodesRemoved} rows={nodes.removed} total={counts.nodesRemoved} testId="diff-nodes-removed-list" />
      <NodeDiffTable title={text.nodesChanged} rows={nodes.changed} total={counts.nodesChanged} testId="diff-nodes-changed-list" />
      <RelationshipDiffTable title={text.relationshipsAdded} rows={relationships.added} total={counts.relationshipsAdded} testId="diff-relationships-added-list" />
      <RelationshipDiffTable title={text.relationshipsRemoved} rows={relationships.removed} total={counts.relationshipsRemoved} testId="diff-relationships-removed-list" />
      <RelationshipDiffTable title={text.relationshipsChanged} rows={relationships.changed} total={counts.relationshipsChanged} testId="diff-relationships-changed-list" />
    </div>
  );
}
