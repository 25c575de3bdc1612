// A list of names kept to one line in a table: the first few, then how many more (all of them on hover).
import type { NodeSummary } from '@knooppunt/server/domain/api';

/** A few names, then how many more: long lists of municipalities and zones stay one line in a table. */
export function NameList({ nodes, limit = 3, more }: { nodes: NodeSummary[]; limit?: number; more: (count: number) => string }) {
  const shown = nodes.slice(0, limit).map((node) => node.name).join(', ');
  const rest = nodes.length - limit;
  return (
    <span title={nodes.map((node) => node.name).join(', ')}>
      {shown}
      {rest > 0 && <span className="muted"> {more(rest)}</span>}
    </span>
  );
}
