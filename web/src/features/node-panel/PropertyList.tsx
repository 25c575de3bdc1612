// The node's properties as a description list.
import type { GraphNode } from '@knooppunt/server/domain/graph';
import { useI18n } from '../../lib/i18n/i18n';
import { propertyRows } from './node-properties';

export function PropertyList({ node }: { node: GraphNode }) {
  const i18n = useI18n();
  const rows = propertyRows(node, i18n);
  if (rows.length === 0) return null;
  return (
    <section className="panel-section">
      <h3>{i18n.t.panelProperties}</h3>
      <dl className="properties">
        {rows.map((row) => (
          <div key={row.key} className="properties__row">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
