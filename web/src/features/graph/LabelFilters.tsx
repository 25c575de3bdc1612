// Checkboxes that show or hide every node of a label, in the graph and in the table alike.
import { NODE_LABELS, type NodeLabel } from '@knooppunt/server/domain/vocabulary';
import { useI18n } from '../../lib/i18n/i18n';
import { LABEL_COLOUR } from '../../lib/palette';
import { ShapeIcon } from '../../lib/ShapeIcon';

export interface LabelFiltersProps {
  hidden: readonly NodeLabel[];
  counts: ReadonlyMap<NodeLabel, number>;
  onChange: (hidden: NodeLabel[]) => void;
}

export function LabelFilters({ hidden, counts, onChange }: LabelFiltersProps) {
  const { t, vocab, formatNumber } = useI18n();
  const toggle = (label: NodeLabel, shown: boolean) =>
    onChange(shown ? hidden.filter((other) => other !== label) : [...hidden, label]);
  return (
    <fieldset className="label-filters">
      <legend>{t.filtersTitle}</legend>
      {NODE_LABELS.map((label) => (
        <label key={label} className="label-filter">
          <input
            type="checkbox"
            data-testid={`label-filter-${label}`}
            checked={!hidden.includes(label)}
            onChange={(event) => toggle(label, event.target.checked)}
          />
          <ShapeIcon label={label} colour={LABEL_COLOUR[label]} />
          <span className="label-filter__name">{vocab.labelPlural[label]}</span>
          <span className="label-filter__count">{formatNumber(counts.get(label) ?? 0)}</span>
        </label>
      ))}
    </fieldset>
  );
}
