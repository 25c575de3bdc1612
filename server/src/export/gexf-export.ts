// The GEXF 1.3 export (https://gexf.net), the format Gephi reads best. A node's GEXF label is its display
// name and its Knooppunt label an attribute (`knooppuntLabel`); an edge's GEXF label and kind are its
// relationship type, so Gephi keeps parallel edges of different types (a municipality that both FUNDS
// and OPERATES an organisation) apart. Attribute ids are numbers, as Gephi writes them, so no property
// name can collide with Gephi's own columns (id, label, weight). The metadata goes into <meta>.
import { nodeName, type GraphNode, type Relationship } from '../domain/graph';
import { NODE_PROPERTY_COLUMNS, RELATIONSHIP_PROPERTY_COLUMNS, type PropertyColumn, type PropertyType } from '../domain/property-schema';
import type { GraphWriter } from './graph-writer';
import { metadataValues } from './metadata-fields';
import { nodeProperties, relationshipProperties, type PropertyValue } from './model-properties';
import { xmlText } from '../domain/xml-text';

const GEXF_TYPES: Record<PropertyType, string> = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' };

const NODE_ATTRIBUTES: readonly PropertyColumn[] = [{ name: 'knooppuntLabel', type: 'string' }, ...NODE_PROPERTY_COLUMNS];
const NODE_ATTRIBUTE_IDS = new Map(NODE_ATTRIBUTES.map((column, index) => [column.name, String(index)]));
const EDGE_ATTRIBUTE_IDS = new Map(RELATIONSHIP_PROPERTY_COLUMNS.map((column, index) => [column.name, String(index)]));

function declarations(kind: 'node' | 'edge', columns: readonly PropertyColumn[]): string {
  const lines = columns.map(({ name, type }, index) => `      <attribute id="${index}" title="${name}" type="${GEXF_TYPES[type]}"/>\n`);
  return `    <attributes class="${kind}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function attvalues(ids: ReadonlyMap<string, string>, entries: readonly [string, PropertyValue][]): string {
  if (entries.length === 0) return '';
  return `<attvalues>${entries.map(([name, value]) => `<attvalue for="${ids.get(name)}" value="${xmlText(String(value))}"/>`).join('')}</attvalues>`;
}

function nodeElement(node: GraphNode): string {
  const values = attvalues(NODE_ATTRIBUTE_IDS, [['knooppuntLabel', node.label], ...nodeProperties(node)]);
  return `      <node id="${xmlText(node.id)}" label="${xmlText(nodeName(node))}">${values}</node>\n`;
}

function edgeElement(relationship: Relationship): string {
  const { id, from, to, type } = relationship;
  const values = attvalues(EDGE_ATTRIBUTE_IDS, relationshipProperties(relationship));
  const start = `      <edge id="${xmlText(id)}" source="${xmlText(from)}" target="${xmlText(to)}" label="${xmlText(type)}" kind="${xmlText(type)}"`;
  return values === '' ? `${start}/>\n` : `${start}>${values}</edge>\n`;
}

export const writeGexf: GraphWriter = async function* (pages, metadata) {
  const description = metadataValues(metadata).map(({ field, value }) => `${field.name}: ${value}`).join('\n');
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    `  <meta lastmodifieddate="${metadata.exportedAt.slice(0, 10)}">\n` +
    `    <creator>Knooppunt ${xmlText(metadata.appVersion)}</creator>\n` +
    `    <description>${xmlText(description)}</description>\n` +
    '  </meta>\n' +
    '  <graph defaultedgetype="directed" mode="static">\n' +
    declarations('node', NODE_ATTRIBUTES) +
    declarations('edge', RELATIONSHIP_PROPERTY_COLUMNS) +
    `    <nodes count="${metadata.counts.nodes}">\n`;
  let inEdges = false;
  for await (const page of pages) {
    if (page.kind === 'relationships' && !inEdges) {
      yield `    </nodes>\n    <edges count="${metadata.counts.relationships}">\n`;
      inEdges = true;
    }
    yield page.kind === 'nodes' ? page.nodes.map(nodeElement).join('') : page.relationships.map(edgeElement).join('');
  }
  yield `${inEdges ? '' : `    </nodes>\n    <edges count="${metadata.counts.relationships}">\n`}    </edges>\n  </graph>\n</gexf>\n`;
};
