// A node's name that opens it in the node panel, inside a profile section or a table row.
import type { NodeSummary } from '@knooppunt/server/domain/api';

export function NodeLink({ node, onSelect, label }: { node: NodeSummary; onSelect: (id: string) => void; label?: string }) {
  return (
    <button
      type="button"
      className="text-button profile-link"
      data-node-id={node.id}
      onClick={(event) => {
        // Inside a table row the row would take the click as well.
        event.stopPropagation();
        onSelect(node.id);
      }}
    >
      {label ?? node.name}
    </button>
  );
}

/** Names joined by commas, each one a link. */
export function NodeLinks({ nodes, onSelect }: { nodes: readonly NodeSummary[]; onSelect: (id: string) => void }) {
  return (
    <>
      {nodes.map((node, index) => (
        <span key={node.id}>
          {index > 0 && ', '}
          <NodeLink node={node} onSelect={onSelect} />
        </span>
      ))}
    </>
  );
}
