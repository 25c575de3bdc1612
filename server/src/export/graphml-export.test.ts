import { describe, expect, it } from 'vitest';
import { writeGraphml } from './graphml-export';
import { TEST_METADATA, testPages, writeText } from './test-graph';

const KEYS = [
  '  <key id="g_format" for="graph" attr.name="format" attr.type="string"/>',
  '  <key id="g_exportedAt" for="graph" attr.name="exportedAt" attr.type="string"/>',
  '  <key id="g_appVersion" for="graph" attr.name="appVersion" attr.type="string"/>',
  '  <key id="g_schemaVersion" for="graph" attr.name="schemaVersion" attr.type="int"/>',
  '  <key id="g_contentHash" for="graph" attr.name="contentHash" attr.type="string"/>',
  '  <key id="g_filter" for="graph" attr.name="filter" attr.type="string"/>',
  '  <key id="g_backend" for="graph" attr.name="backend" attr.type="string"/>',
  '  <key id="g_nodeCount" for="graph" attr.name="nodeCount" attr.type="int"/>',
  '  <key id="g_relationshipCount" for="graph" attr.name="relationshipCount" attr.type="int"/>',
  '  <key id="g_manifest" for="graph" attr.name="manifest" attr.type="string"/>',
  '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
  '  <key id="n_nis" for="node" attr.name="nis" attr.type="string"/>',
  '  <key id="n_name" for="node" attr.name="name" attr.type="string"/>',
  '  <key id="n_province" for="node" attr.name="province" attr.type="string"/>',
  '  <key id="n_region" for="node" attr.name="region" attr.type="string"/>',
  '  <key id="n_population" for="node" attr.name="population" attr.type="int"/>',
  '  <key id="n_children0to3" for="node" attr.name="children0to3" attr.type="int"/>',
  '  <key id="n_children3to12" for="node" attr.name="children3to12" attr.type="int"/>',
  '  <key id="n_type" for="node" attr.name="type" attr.type="string"/>',
  '  <key id="n_governanceModel" for="node" attr.name="governanceModel" attr.type="boolean"/>',
  '  <key id="n_governanceModelDate" for="node" attr.name="governanceModelDate" attr.type="string"/>',
  '  <key id="n_legalForm" for="node" attr.name="legalForm" attr.type="string"/>',
  '  <key id="n_sector" for="node" attr.name="sector" attr.type="string"/>',
  '  <key id="n_function" for="node" attr.name="function" attr.type="string"/>',
  '  <key id="n_capacity" for="node" attr.name="capacity" attr.type="int"/>',
  '  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>',
  '  <key id="e_role" for="edge" attr.name="role" attr.type="string"/>',
  '  <key id="e_sector" for="edge" attr.name="sector" attr.type="string"/>',
  '  <key id="e_year" for="edge" attr.name="year" attr.type="int"/>',
  '  <key id="e_amount" for="edge" attr.name="amount" attr.type="double"/>',
  '  <key id="e_kind" for="edge" attr.name="kind" attr.type="string"/>',
];

const EXPECTED = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ...KEYS,
  '  <graph id="knooppunt" edgedefault="directed">',
  '    <data key="g_format">knooppunt-graph</data>',
  '    <data key="g_exportedAt">2025-03-01T10:00:00.000Z</data>',
  '    <data key="g_appVersion">1.2.3</data>',
  '    <data key="g_schemaVersion">1</data>',
  '    <data key="g_contentHash">sha256:abc</data>',
  '    <data key="g_filter">whole</data>',
  '    <data key="g_backend">embedded</data>',
  '    <data key="g_nodeCount">4</data>',
  '    <data key="g_relationshipCount">4</data>',
  '    <data key="g_manifest">{&quot;title&quot;:&quot;Test&quot;,&quot;illustrative&quot;:true}</data>',
  '    <node id="net:lok"><data key="n_label">Network</data><data key="n_type">LOK</data>' +
    '<data key="n_name">=LOK &quot;Aarde&quot;&#10;noord 😀</data><data key="n_governanceModel">true</data></node>',
  '    <node id="nis:90001"><data key="n_label">Municipality</data><data key="n_nis">90001</data>' +
    '<data key="n_name">Aarde &amp; &lt;Beek&gt; \\ Sint-Émile</data><data key="n_population">10000</data></node>',
  '    <node id="offer:o1"><data key="n_label">Offer</data><data key="n_function">kinderopvang_baby_peuter</data><data key="n_capacity">12</data></node>',
  '    <node id="org:kroon"><data key="n_label">Organisation</data><data key="n_name">\'t Kroontje, vzw\uFFFD</data>' +
    '<data key="n_legalForm">nonprofit</data><data key="n_sector">kinderopvang</data></node>',
  '    <edge id="DIRECTS:nis:90001-&gt;net:lok" source="nis:90001" target="net:lok"><data key="e_type">DIRECTS</data></edge>',
  '    <edge id="FUNDS:nis:90001-&gt;org:kroon#2024:subsidie" source="nis:90001" target="org:kroon"><data key="e_type">FUNDS</data>' +
    '<data key="e_year">2024</data><data key="e_amount">1250.5</data><data key="e_kind">subsidie</data></edge>',
  '    <edge id="LOCATED_IN:offer:o1-&gt;nis:90001" source="offer:o1" target="nis:90001"><data key="e_type">LOCATED_IN</data></edge>',
  '    <edge id="MEMBER_OF:org:kroon-&gt;net:lok" source="org:kroon" target="net:lok"><data key="e_type">MEMBER_OF</data><data key="e_role">partner</data></edge>',
  '  </graph>',
  '</graphml>',
  '',
].join('\n');

describe('GraphML export', () => {
  it('declares typed keys for the graph, node and edge attributes of the model, then writes metadata, nodes and edges', async () => {
    expect(await writeText(writeGraphml)).toBe(EXPECTED);
  });

  it('leaves out metadata that is absent and names a zone filter', async () => {
    const { contentHash: _hash, manifest: _manifest, ...rest } = TEST_METADATA;
    const text = await writeText(writeGraphml, testPages(), { ...rest, filter: { zone: 'zone:west' } });
    expect(text).toContain('<data key="g_filter">zone:west</data>');
    expect(text).not.toContain('<data key="g_contentHash">');
    expect(text).not.toContain('<data key="g_manifest">');
    // The keys stay declared: readers see the same schema whatever the export holds.
    expect(text).toContain('<key id="g_contentHash" for="graph" attr.name="contentHash" attr.type="string"/>');
  });

  it('writes an empty graph as a graph without nodes', async () => {
    const text = await writeText(writeGraphml, testPages(2, [], []), { ...TEST_METADATA, counts: { nodes: 0, relationships: 0 } });
    expect(text).not.toContain('<node ');
    expect(text.endsWith('    <data key="g_manifest">{&quot;title&quot;:&quot;Test&quot;,&quot;illustrative&quot;:true}</data>\n  </graph>\n</graphml>\n')).toBe(true);
  });
});
