// The side panel for the selected node: its kind, zones, properties and relationships.
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import './node-panel.css';
import { displayName, kindName } from '../../lib/i18n/node-text';
import { nodeColour } from '../../lib/palette';
import { ShapeIcon } from '../../lib/ShapeIcon';
import { useNode } from './api/get-node';
import { nodePanelText } from './node-panel-text';
import { PropertyList } from './PropertyList';
import { RelationshipGroups } from './RelationshipGroups';

export interface NodePanelProps {
  nodeId: string | undefined;
  inView: boolean;
  expanding: boolean;
  onSelect: (nodeId: string) => void;
  onExpand: (nodeId: string) => void;
  onOpenZone: (zoneId: string) => void;
  /** Opens the profile of a municipality. */
  onOpenProfile: (municipalityId: string) => void;
  /** Set when this node was expanded and the hub cap cut its neighbours: how many came. */
  cappedAt?: number;
  onShowAll?: (nodeId: string) => void;
  onClose: () => void;
  /** Controls the shell adds for the node as drawn (the graph's pin controls), under the actions. */
  children?: ReactNode;
}

export function NodePanel(props: NodePanelProps) {
  const { nodeId } = props;
  const { t, vocab, lang } = useI18n();
  const detail = useNode(nodeId);

  let body;
  if (nodeId === undefined) {
    body = <p className="panel-empty">{t.panelEmpty}</p>;
  } else if (detail.isPending) {
    body = <p className="muted">{t.panelLoading}</p>;
  } else if (detail.isError) {
    body = <p className="panel-error">{t.panelError}</p>;
  } else {
    const { node, zones, relationships } = detail.data;
    const kind = kindName(node, vocab);
    body = (
      <>
        <header className="panel-header">
          <p className="panel-kind">
            <ShapeIcon label={node.label} colour={nodeColour(node)} />
            {vocab.label[node.label]}
            {kind && <span> · {kind}</span>}
          </p>
          <h2 data-testid="node-panel-title">{displayName(node, vocab)}</h2>
          <button type="button" className="icon-button panel-close" aria-label={t.panelClose} title={t.panelClose} onClick={props.onClose}>
            ×
          </button>
        </header>
        <div className="panel-actions">
          <button
            type="button"
            className="button button--primary"
            data-testid="expand-button"
            disabled={props.expanding}
            onClick={() => props.onExpand(node.id)}
          >
            {props.expanding ? t.expanding : t.expand}
          </button>
          {node.label === 'Municipality' && (
            <button type="button" className="button" data-testid="open-profile-button" onClick={() => props.onOpenProfile(node.id)}>
              {nodePanelText[lang].openProfile}
            </button>
          )}
        </div>
        {props.children}
        {!props.inView && <p className="panel-note">{t.panelNotInView}</p>}
        {props.cappedAt !== undefined && (
          <p className="panel-note" data-testid="hub-cap">
            {nodePanelText[lang].capped(props.cappedAt, new Set(relationships.map((r) => r.other.id)).size)}{' '}
            <button type="button" className="button" data-testid="show-all-button" onClick={() => props.onShowAll?.(node.id)}>
              {nodePanelText[lang].showAll}
            </button>
          </p>
        )}
        <section className="panel-section">
          <h3>{t.panelZones}</h3>
          <ul className="zone-chips" data-testid="node-panel-zones">
            {zones.length === 0 && <li className="muted">{t.panelNoZones}</li>}
            {zones.map((zone) => (
              <li key={zone.id}>
                <button type="button" className="chip" onClick={() => props.onOpenZone(zone.id)}>
                  {zone.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <PropertyList node={node} />
        <RelationshipGroups relationships={relationships} onSelect={props.onSelect} />
      </>
    );
  }

  return (
    <aside className="node-panel" data-testid="node-panel" aria-label={t.panelLabel}>
      {body}
    </aside>
  );
}
