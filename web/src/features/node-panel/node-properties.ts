// A node's properties as labelled, translated rows for the panel.
import type { GraphNode } from '@knooppunt/server/domain/graph';
import type { I18n } from '../../lib/i18n/i18n';
import type { PropertyKey } from '../../lib/i18n/vocabulary-names';

export interface PropertyRow {
  key: PropertyKey;
  label: string;
  value: string;
}

export function propertyRows(node: GraphNode, { vocab, t, formatNumber }: I18n): PropertyRow[] {
  const rows: [PropertyKey, string | undefined][] = [];
  const count = (value: number | undefined) => (value === undefined ? undefined : formatNumber(value));
  switch (node.label) {
    case 'Municipality': {
      const p = node.properties;
      rows.push(
        ['nis', p.nis],
        ['province', p.province],
        ['region', p.region && vocab.region[p.region]],
        ['population', count(p.population)],
        ['children0to3', count(p.children0to3)],
        ['children3to12', count(p.children3to12)],
      );
      break;
    }
    case 'Zone':
      rows.push(['id', node.id]);
      break;
    case 'Network': {
      const p = node.properties;
      rows.push(
        ['type', vocab.networkType[p.type]],
        ['governanceModel', p.governanceModel ? t.yes : t.no],
        ['governanceModelDate', p.governanceModelDate],
      );
      break;
    }
    case 'Organisation': {
      const p = node.properties;
      rows.push(['sector', vocab.sector[p.sector]], ['legalForm', vocab.legalForm[p.legalForm]]);
      break;
    }
    case 'Offer': {
      const p = node.properties;
      rows.push(['function', vocab.function[p.function]], ['capacity', count(p.capacity)]);
      break;
    }
  }
  return rows
    .filter((row): row is [PropertyKey, string] => row[1] !== undefined && row[1] !== '')
    .map(([key, value]) => ({ key, label: vocab.property[key], value }));
}
