// The node's relationships, grouped; each other end is a button that selects it.
import type { NodeRelationship } from '@knooppunt/server/domain/api';
import { FUNCTIONS } from '@knooppunt/server/domain/vocabulary';
import { useState } from 'react';
import { useI18n, type I18n } from '../../lib/i18n/i18n';
import { LABEL_COLOUR } from '../../lib/palette';
import { ShapeIcon } from '../../lib/ShapeIcon';
import { relationshipDetail } from '../../lib/i18n/relationship-text';
import { groupRelationships, type RelationshipGroup } from './relationship-groups';

const COLLAPSED_SIZE = 8;

/** Unnamed offers arrive named by their function code; show the translated function instead. */
function otherName(item: NodeRelationship, vocab: I18n['vocab']): string {
  const { name, label } = item.other;
  if (label === 'Offer' && (FUNCTIONS as string[]).includes(name)) return vocab.function[name as keyof typeof vocab.function];
  return name;
}

function Group({ group, onSelect }: { group: RelationshipGroup; onSelect: (id: string) => void }) {
  const i18n = useI18n();
  const { t, vocab } = i18n;
  const [open, setOpen] = useState(false);
  const items = open ? group.items : group.items.slice(0, COLLAPSED_SIZE);
  const hiddenCount = group.items.length - items.length;
  return (
    <li className="rel-group">
      <h4>
        {group.title} <span className="rel-group__count">{group.items.length}</span>
      </h4>
      <ul>
        {items.map((item) => {
          const detail = relationshipDetail(item.relationship, vocab, i18n.lang);
          return (
            <li key={`${item.relationship.id}:${item.direction}`}>
              <button type="button" className="link-button" onClick={() => onSelect(item.other.id)}>
                <ShapeIcon label={item.other.label} colour={LABEL_COLOUR[item.other.label]} />
                <span className="rel-item__name">{otherName(item, vocab)}</span>
              </button>
              {detail && <span className="rel-item__detail">{detail}</span>}
            </li>
          );
        })}
      </ul>
      {group.items.length > COLLAPSED_SIZE && (
        <button type="button" className="text-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t.panelShowLess : t.panelShowMore(hiddenCount)}
        </button>
      )}
    </li>
  );
}

export function RelationshipGroups({
  relationships,
  onSelect,
}: {
  relationships: readonly NodeRelationship[];
  onSelect: (id: string) => void;
}) {
  const i18n = useI18n();
  const groups = groupRelationships(relationships, i18n);
  return (
    <section className="panel-section">
      <h3>{i18n.t.panelRelationships}</h3>
      {groups.length === 0 ? (
        <p className="muted">{i18n.t.panelNoRelationships}</p>
      ) : (
        <ul className="rel-groups">
          {groups.map((group) => (
            <Group key={group.key} group={group} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </section>
  );
}
