// The table twin of the graph: a tab for nodes and one for relationships.
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { useId, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import './table.css';
import { NodeTable } from './NodeTable';
import { RelationshipTable } from './RelationshipTable';

type Tab = 'nodes' | 'relationships';
const TABS: Tab[] = ['nodes', 'relationships'];

export interface TablePanelProps {
  visible: Subgraph;
  context: Subgraph;
  selectedId: string | undefined;
  onSelect: (nodeId: string) => void;
}

export function TablePanel(props: TablePanelProps) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('nodes');
  const id = useId();
  const title: Record<Tab, string> = { nodes: t.tabNodes, relationships: t.tabRelationships };

  // Arrow keys move between tabs, as the WAI-ARIA tabs pattern expects.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = tab === 'nodes' ? 'relationships' : 'nodes';
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };

  return (
    <section className="table-panel" aria-label={t.tableLabel}>
      <div className="tabs" role="tablist" aria-label={t.tableLabel}>
        {TABS.map((name) => (
          <button
            key={name}
            id={`${id}-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={`${id}-panel`}
            tabIndex={tab === name ? 0 : -1}
            className="tab"
            onClick={() => setTab(name)}
            onKeyDown={onKeyDown}
          >
            {title[name]}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${tab}`} className="tab-panel">
        {tab === 'nodes' ? (
          <NodeTable visible={props.visible} context={props.context} selectedId={props.selectedId} onSelect={props.onSelect} />
        ) : (
          <RelationshipTable visible={props.visible} selectedId={props.selectedId} onSelect={props.onSelect} />
        )}
      </div>
    </section>
  );
}
