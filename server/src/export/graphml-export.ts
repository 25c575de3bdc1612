// The GraphML export (http://graphml.graphdrawing.org/): a directed graph whose keys are declared before
// it from the graph model, not from the data, so they can be written before the first node streams by.
// Nodes carry their Knooppunt label as the `label` key, edges their relationship type as `type`, and
// the export metadata sits in graph-level keys. Node and edge ids are Knooppunt's own; edge ids hold
// characters (`>`, `#`) that GraphML's schema does not allow in an NMTOKEN, which GraphML readers
// (yEd, Gephi, NetworkX, igraph, graphology) accept, and which keeps them identical to the other exports.
import type { GraphNode, Relationship } from '../domain/graph';
import { NODE_PROPERTY_COLUMNS, RELATIONSHIP_PROPERTY_COLUMNS, type PropertyColumn } from '../domain/property-schema';
import type { GraphWriter } from './graph-writer';
import { METADATA_FIELDS, metadataValues } from './metadata-fields';
import { nodeProperties, relationshipProperties, type PropertyValue } from './model-properties';
import { xmlText } from '../domain/xml-text';

const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
  'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';

/** Key ids per domain (g_, n_, e_), since `type` is both a network's property and an edge's type. */
const key = (domain: 'graph' | 'node' | 'edge', name: string) => `${domain[0]}_${name}`;

function keyLines(domain: 'graph' | 'node' | 'edge', columns: readonly PropertyColumn[]): string {
  return columns.map(({ name, type }) => `  <key id="${key(domain, name)}" for="${domain}" attr.name="${name}" attr.type="${type}"/>\n`).join('');
}

const KEYS =
  keyLines('graph', METADATA_FIELDS) +
  keyLines('node', [{ name: 'label', type: 'string' }, ...NODE_PROPERTY_COLUMNS]) +
  keyLines('edge', [{ name: 'type', type: 'string' }, ...RELATIONSHIP_PROPERTY_COLUMNS]);

function data(domain: 'node' | 'edge', entries: readonly [string, PropertyValue][]): string {
  return entries.map(([name, value]) => `<data key="${key(domain, name)}">${xmlText(String(value))}</data>`).join('');
}

function nodeElement(node: GraphNode): string {
  return `    <node id="${xmlText(node.id)}">${data('node', [['label', node.label], ...nodeProperties(node)])}</node>\n`;
}

function edgeElement(relationship: Relationship): string {
  const { id, from, to, type } = relationship;
  return `    <edge id="${xmlText(id)}" source="${xmlText(from)}" target="${xmlText(to)}">${data('edge', [['type', type], ...relationshipProperties(relationship)])}</edge>\n`;
}

export const writeGraphml: GraphWriter = async function* (pages, metadata) {
  const graphData = metadataValues(metadata)
    .map(({ field, value }) => `    <data key="${key('graph', field.name)}">${xmlText(String(value))}</data>\n`)
    .join('');
  yield `${HEADER}${KEYS}  <graph id="knooppunt" edgedefault="directed">\n${graphData}`;
  for await (const page of pages) {
    yield page.kind === 'nodes' ? page.nodes.map(nodeElement).join('') : page.relationships.map(edgeElement).join('');
  }
  yield '  </graph>\n</graphml>\n';
};
