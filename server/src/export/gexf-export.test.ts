import { describe, expect, it } from 'vitest';
import { writeGexf } from './gexf-export';
import { TEST_METADATA, testPages, writeText } from './test-graph';

const EXPECTED = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
  '  <meta lastmodifieddate="2025-03-01">',
  '    <creator>Knooppunt 1.2.3</creator>',
  '    <description>format: knooppunt-graph&#10;exportedAt: 2025-03-01T10:00:00.000Z&#10;appVersion: 1.2.3&#10;schemaVersion: 1&#10;' +
    'contentHash: sha256:abc&#10;filter: whole&#10;backend: embedded&#10;nodeCount: 4&#10;relationshipCount: 4&#10;' +
    'manifest: {&quot;title&quot;:&quot;Test&quot;,&quot;illustrative&quot;:true}</description>',
  '  </meta>',
  '  <graph defaultedgetype="directed" mode="static">',
  '    <attributes class="node" mode="static">',
  '      <attribute id="0" title="knooppuntLabel" type="string"/>',
  '      <attribute id="1" title="nis" type="string"/>',
  '      <attribute id="2" title="name" type="string"/>',
  '      <attribute id="3" title="province" type="string"/>',
  '      <attribute id="4" title="region" type="string"/>',
  '      <attribute id="5" title="population" type="integer"/>',
  '      <attribute id="6" title="children0to3" type="integer"/>',
  '      <attribute id="7" title="children3to12" type="integer"/>',
  '      <attribute id="8" title="type" type="string"/>',
  '      <attribute id="9" title="governanceModel" type="boolean"/>',
  '      <attribute id="10" title="governanceModelDate" type="string"/>',
  '      <attribute id="11" title="legalForm" type="string"/>',
  '      <attribute id="12" title="sector" type="string"/>',
  '      <attribute id="13" title="function" type="string"/>',
  '      <attribute id="14" title="capacity" type="integer"/>',
  '    </attributes>',
  '    <attributes class="edge" mode="static">',
  '      <attribute id="0" title="role" type="string"/>',
  '      <attribute id="1" title="sector" type="string"/>',
  '      <attribute id="2" title="year" type="integer"/>',
  '      <attribute id="3" title="amount" type="double"/>',
  '      <attribute id="4" title="kind" type="string"/>',
  '    </attributes>',
  '    <nodes count="4">',
  '      <node id="net:lok" label="=LOK &quot;Aarde&quot;&#10;noord 😀"><attvalues><attvalue for="0" value="Network"/>' +
    '<attvalue for="8" value="LOK"/><attvalue for="2" value="=LOK &quot;Aarde&quot;&#10;noord 😀"/><attvalue for="9" value="true"/></attvalues></node>',
  '      <node id="nis:90001" label="Aarde &amp; &lt;Beek&gt; \\ Sint-Émile"><attvalues><attvalue for="0" value="Municipality"/>' +
    '<attvalue for="1" value="90001"/><attvalue for="2" value="Aarde &amp; &lt;Beek&gt; \\ Sint-Émile"/><attvalue for="5" value="10000"/></attvalues></node>',
  // An offer without a name is labelled by its function, as the explorer shows it.
  '      <node id="offer:o1" label="kinderopvang_baby_peuter"><attvalues><attvalue for="0" value="Offer"/>' +
    '<attvalue for="13" value="kinderopvang_baby_peuter"/><attvalue for="14" value="12"/></attvalues></node>',
  '      <node id="org:kroon" label="\'t Kroontje, vzw\uFFFD"><attvalues><attvalue for="0" value="Organisation"/>' +
    '<attvalue for="2" value="\'t Kroontje, vzw\uFFFD"/><attvalue for="11" value="nonprofit"/><attvalue for="12" value="kinderopvang"/></attvalues></node>',
  '    </nodes>',
  '    <edges count="4">',
  '      <edge id="DIRECTS:nis:90001-&gt;net:lok" source="nis:90001" target="net:lok" label="DIRECTS" kind="DIRECTS"/>',
  '      <edge id="FUNDS:nis:90001-&gt;org:kroon#2024:subsidie" source="nis:90001" target="org:kroon" label="FUNDS" kind="FUNDS"><attvalues>' +
    '<attvalue for="2" value="2024"/><attvalue for="3" value="1250.5"/><attvalue for="4" value="subsidie"/></attvalues></edge>',
  '      <edge id="LOCATED_IN:offer:o1-&gt;nis:90001" source="offer:o1" target="nis:90001" label="LOCATED_IN" kind="LOCATED_IN"/>',
  '      <edge id="MEMBER_OF:org:kroon-&gt;net:lok" source="org:kroon" target="net:lok" label="MEMBER_OF" kind="MEMBER_OF"><attvalues>' +
    '<attvalue for="0" value="partner"/></attvalues></edge>',
  '    </edges>',
  '  </graph>',
  '</gexf>',
  '',
].join('\n');

describe('GEXF export', () => {
  it('writes GEXF 1.3: meta with creator and metadata, attributes per class, display names as labels, types as edge labels and kinds', async () => {
    expect(await writeText(writeGexf)).toBe(EXPECTED);
  });

  it('closes the node list and opens the edge list when the graph has no relationships', async () => {
    const text = await writeText(writeGexf, testPages(2, undefined, []), { ...TEST_METADATA, counts: { nodes: 4, relationships: 0 } });
    expect(text).toContain('    </nodes>\n    <edges count="0">\n    </edges>\n  </graph>\n</gexf>\n');
  });

  it('describes a zone export', async () => {
    const text = await writeText(writeGexf, testPages(), { ...TEST_METADATA, filter: { zone: 'zone:west' } });
    expect(text).toContain('&#10;filter: zone:west&#10;');
  });
});
