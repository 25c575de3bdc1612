// The sidebar's styling controls: what node size and colour mean, and which relationship types are drawn.
import { RELATIONSHIP_TYPES, type RelationshipType } from '@knooppunt/server/domain/vocabulary';
import { useI18n } from '../../../lib/i18n/i18n';
import { COLOUR_MEASURES, SIZE_MEASURES, type ColourMeasure, type SizeMeasure } from '../../../lib/explorer-state';
import { useStylingText } from './styling-text';

export interface StylingControlsProps {
  sizeBy: SizeMeasure;
  onSizeByChange: (measure: SizeMeasure) => void;
  colourBy: ColourMeasure;
  onColourByChange: (measure: ColourMeasure) => void;
  hiddenRelationships: readonly RelationshipType[];
  onHiddenRelationshipsChange: (hidden: RelationshipType[]) => void;
  /** Relationships per type in the view, so only types present are offered. */
  counts: ReadonlyMap<RelationshipType, number>;
}

export function StylingControls(props: StylingControlsProps) {
  const text = useStylingText();
  const { vocab } = useI18n();
  const present = RELATIONSHIP_TYPES.filter((type) => (props.counts.get(type) ?? 0) > 0 || props.hiddenRelationships.includes(type));
  return (
    <>
      <label className="field">
        <span className="field__label">{text.sizeLabel}</span>
        <select data-testid="size-picker" value={props.sizeBy} onChange={(event) => props.onSizeByChange(event.target.value as SizeMeasure)}>
          {SIZE_MEASURES.map((measure) => (
            <option key={measure} value={measure}>
              {text.size[measure]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{text.colourLabel}</span>
        <select data-testid="colour-picker" value={props.colourBy} onChange={(event) => props.onColourByChange(event.target.value as ColourMeasure)}>
          {COLOUR_MEASURES.map((measure) => (
            <option key={measure} value={measure}>
              {text.colour[measure]}
            </option>
          ))}
        </select>
      </label>
      {present.length > 0 && (
        <fieldset className="label-filters">
          <legend>{text.relationshipsLabel}</legend>
          {present.map((type) => (
            <label key={type} className="label-filter">
              <input
                type="checkbox"
                data-testid={`relationship-filter-${type}`}
                checked={!props.hiddenRelationships.includes(type)}
                onChange={(event) =>
                  props.onHiddenRelationshipsChange(
                    event.target.checked ? props.hiddenRelationships.filter((hidden) => hidden !== type) : [...props.hiddenRelationships, type],
                  )
                }
              />
              <span className="label-filter__name">{vocab.relationship[type].name}</span>
              <span className="label-filter__count">{props.counts.get(type) ?? 0}</span>
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
