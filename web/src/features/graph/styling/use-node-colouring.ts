// The chosen colouring of the drawn graph, in the reader's language: what the canvas paints and the legend lists.
import type { Severity } from '@knooppunt/server/domain/findings';
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { useMemo } from 'react';
import type { ColourMeasure } from '../../../lib/explorer-state';
import { useI18n } from '../../../lib/i18n/i18n';
import { nodeColouring, type NodeColouring } from './node-colour';
import { useStylingText } from './styling-text';

export function useNodeColouring(
  subgraph: Subgraph,
  measure: ColourMeasure,
  markers: ReadonlyMap<string, { severity: Severity }>,
  focusZoneId: string | undefined,
): NodeColouring | undefined {
  const { vocab } = useI18n();
  const text = useStylingText();
  const severities = useMemo(() => new Map([...markers].map(([id, marker]) => [id, marker.severity])), [markers]);
  return useMemo(
    () =>
      nodeColouring({
        subgraph,
        measure,
        severities,
        focusZoneId,
        names: { label: vocab.label, sector: vocab.sector, severity: vocab.severity, none: text.none },
      }),
    [subgraph, measure, severities, focusZoneId, vocab, text],
  );
}
