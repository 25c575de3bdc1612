// A node's name that selects the node (the node panel opens), inside a table row that may do something else.
import type { NodeSummary } from '@knooppunt/server/domain/api';

export function NodeButton({ node, onSelect }: { node: NodeSummary; onSelect: (id: string) => void }) {
  return (
    <button
      type="button"
      className="text-button dash-node"
      data-testid="dashboard-node"
      data-node-id={node.id}
      onClick={(event) => {
        // The row's own action must not run as well.
        event.stopPropagation();
        onSelect(node.id);
      }}
    >
      {node.name}
    </button>
  );
}

