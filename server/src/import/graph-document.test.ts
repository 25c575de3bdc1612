import { describe, expect, it } from 'vitest';
import type { Dataset } from '../domain/dataset';
import { documentEdge, documentNode, GRAPH_DOCUMENT_FORMAT, type ExportMetadata } from '../domain/graph-document';
import { contentHash } from '../graph/content-hash';
import { datasetToGraph } from '../graph/dataset-to-graph';
import { parseDatasetJson } from './json';
import { validationErrors } from './test-support';

const METADATA: ExportMetadata = {
  format: GRAPH_DOCUMENT_FORMAT,
  exportedAt: '2026-01-05T14:30:12.000Z',
  appVersion: '0.1.0',
  schemaVersion: 1,
  filter: {},
  backend: 'embedded',
  counts: { nodes: 0, relationships: 0 },
};

/** Two municipalities, a zone with its zorgraad, a LOK, a childcare organisation with an offer and funding. */
function dataset(): Dataset {
  return {
    manifest: { title: 'Graph document test', illustrative: true },
    municipalities: [
      { nis: '11001', name: 'Aartselaar', province: 'Antwerpen', region: 'Vlaanderen', population: 14_000, children_0_3: 400 },
      { nis: '11002', name: 'Antwerpen' },
    ],
    adjacency: [{ nis_a: '11002', nis_b: '11001' }],
    zones: [{ id: 'elz-a', name: 'ELZ Antwerpen Zuid' }],
    zone_members: [{ zone_id: 'elz-a', nis: '11001' }],
    organisations: [{ id: 'kdv', name: 'KDV Regenboog', legal_form: 'nonprofit', sector: 'kinderopvang', operated_by_nis: '11001' }],
    networks: [
      { id: 'zr-a', type: 'ZORGRAAD', name: 'Zorgraad A', zone_id: 'elz-a', governance_model: false },
      { id: 'lok-a', type: 'LOK', name: 'LOK Aartselaar', directed_by_nis: '11001', governance_model: true, governance_model_date: '2025-03-01' },
    ],
    network_coverage: [{ network_id: 'lok-a', nis: '11001' }],
    memberships: [
      { network_id: 'lok-a', member_id: 'org:kdv', role: 'partner', sector: 'kinderopvang' },
      { network_id: 'zr-a', member_id: 'nis:11001', role: 'member' },
    ],
    offers: [{ id: 'kdv-1', org_id: 'kdv', function: 'kinderopvang_baby_peuter', nis: '11001', capacity: 28, name: 'Regenboog' }],
    offer_serves: [{ offer_id: 'kdv-1', nis: '11002' }],
    funding: [
      { nis: '11001', org_id: 'kdv', year: 2024, amount: 1000.5, kind: 'subsidie' },
      { nis: '11001', org_id: 'kdv', year: 2024, amount: 500, kind: 'subsidie' },
    ],
  };
}

interface Elements {
  nodes: unknown[];
  edges: unknown[];
}

/** The graph document of a dataset as plain elements, to break one at a time. */
function elementsOf(source: Dataset): Elements {
  const { nodes, relationships } = datasetToGraph(source);
  return { nodes: nodes.map(documentNode), edges: relationships.map(documentEdge) };
}

/** One element per line: node i is on line 2 + i, edge j on line nodes + 3 + j. */
function documentText({ nodes, edges }: Elements, metadata: object = { ...METADATA, manifest: dataset().manifest }): string {
  const lines = (elements: unknown[]) => elements.map((element) => JSON.stringify(element)).join(',\n');
  return [`{"attributes":${JSON.stringify({ knooppunt: metadata })},"nodes":[`, lines(nodes), '],"edges":[', lines(edges), ']}'].join('\n');
}

const errorsOf = (elements: Elements, metadata?: object): string[] =>
  validationErrors(() => parseDatasetJson(documentText(elements, metadata), 'export.json'));

/** The elements with one node's or edge's attributes changed (by its key). */
function withAttributes(elements: Elements, key: string, change: Record<string, unknown>): Elements {
  const patch = (element: unknown) => {
    const item = element as { key: string; attributes: Record<string, unknown> };
    return item.key === key ? { ...item, attributes: { ...item.attributes, ...change } } : item;
  };
  return { nodes: elements.nodes.map(patch), edges: elements.edges.map(patch) };
}

const keys = (elements: unknown[]) => elements.map((element) => (element as { key: string }).key);

describe('the JSON import of a graph document', () => {
  const valid = elementsOf(dataset());
  const nodeLine = (key: string) => 2 + keys(valid.nodes).indexOf(key);
  const edgeLine = (key: string) => valid.nodes.length + 3 + keys(valid.edges).indexOf(key);
  const nodeAt = (key: string) => `nodes[${keys(valid.nodes).indexOf(key)}]`;
  const edgeAt = (key: string) => `edges[${keys(valid.edges).indexOf(key)}]`;

  it('reads back the dataset it was written from: the same graph, funding rows added up, the manifest kept', () => {
    const read = parseDatasetJson(documentText(valid), 'export.json');
    const original = datasetToGraph(dataset());
    const again = datasetToGraph(read);
    expect(contentHash(again.nodes, again.relationships)).toBe(contentHash(original.nodes, original.relationships));
    expect(read.funding).toEqual([{ nis: '11001', org_id: 'kdv', year: 2024, amount: 1500.5, kind: 'subsidie' }]);
    expect(read.organisations).toEqual(dataset().organisations);
    expect(read.offers).toEqual(dataset().offers);
    expect(read.networks).toEqual(expect.arrayContaining(dataset().networks));
    expect(read.manifest).toEqual(dataset().manifest);
  });

  it('reads a document without relationships or metadata manifest, and tells it from a dataset document by its format', () => {
    const read = parseDatasetJson(documentText({ nodes: valid.nodes.slice(0, 1), edges: [] }, METADATA), 'export.json');
    expect(read.municipalities).toEqual([dataset().municipalities[0]]);
    expect(read.manifest).toBeUndefined();
    const other = { ...METADATA, format: 'something-else' };
    expect(errorsOf(valid, other)).toContainEqual(expect.stringMatching(/^export\.json:1: attributes: unknown table/));
  });

  it('names the line and the field of a bad property value', () => {
    const broken = withAttributes(valid, 'org:kdv', { sector: 'x', legalForm: null });
    expect(errorsOf(broken)).toEqual([
      `export.json:${nodeLine('org:kdv')}: ${nodeAt('org:kdv')}.attributes.legalForm: required value is missing`,
      `export.json:${nodeLine('org:kdv')}: ${nodeAt('org:kdv')}.attributes.sector: unknown sector "x" (expected one of: lokaal_bestuur, ocmw, caw, ziekenfonds, kinderopvang, boa, jeugdhulp, gezinsondersteuning, handicap, car, huisartsen, thuiszorg, geestelijke_gezondheid, onderwijs, vrije_tijd, wonen, andere)`,
    ]);
    expect(errorsOf(withAttributes(valid, 'offer:kdv-1', { capacity: -3, name: { nl: 'x' } }))).toEqual([
      `export.json:${nodeLine('offer:kdv-1')}: ${nodeAt('offer:kdv-1')}.attributes.name: expected a string, number, boolean or null`,
      `export.json:${nodeLine('offer:kdv-1')}: ${nodeAt('offer:kdv-1')}.attributes.capacity: negative number "-3" (expected 0 or more)`,
    ]);
  });

  it('rejects unknown attributes of nodes and relationships', () => {
    const broken = withAttributes(withAttributes(valid, 'zone:elz-a', { colour: 'red' }), 'COVERS:net:lok-a->nis:11001', { since: 2020 });
    expect(errorsOf(broken)).toEqual([
      `export.json:${nodeLine('zone:elz-a')}: ${nodeAt('zone:elz-a')}.attributes.colour: unknown attribute (expected: label, name)`,
      `export.json:${edgeLine('COVERS:net:lok-a->nis:11001')}: ${edgeAt('COVERS:net:lok-a->nis:11001')}.attributes.since: unknown attribute (a COVERS relationship has none)`,
    ]);
  });

  it('rejects an unknown label, a key of another kind, a malformed key and a NIS that differs from its key', () => {
    const broken = withAttributes(withAttributes(valid, 'zone:elz-a', { label: 'Region' }), 'net:lok-a', { label: 'Zone' });
    const renamed = {
      ...broken,
      nodes: broken.nodes.map((node) => {
        const item = node as { key: string; attributes: Record<string, unknown> };
        if (item.key === 'org:kdv') return { ...item, key: 'org:k d v' };
        if (item.key === 'nis:11002') return { ...item, attributes: { ...item.attributes, nis: '11003' } };
        return item;
      }),
    };
    expect(errorsOf(renamed)).toEqual([
      `export.json:${nodeLine('nis:11002')}: ${nodeAt('nis:11002')}.attributes.nis: "11003" differs from the key "nis:11002"`,
      `export.json:${nodeLine('net:lok-a')}: ${nodeAt('net:lok-a')}.key: "net:lok-a" is not the key of a Zone (expected zone:<id>)`,
      `export.json:${nodeLine('org:kdv')}: ${nodeAt('org:kdv')}.key: malformed id "k d v" (expected letters, digits, ".", "_" or "-", starting with a letter or digit)`,
      `export.json:${nodeLine('zone:elz-a')}: ${nodeAt('zone:elz-a')}.attributes.label: unknown label "Region" (expected one of: Municipality, Zone, Network, Organisation, Offer)`,
      // The edges of the unusable nodes are not judged again, except where they name a key that is not there.
      `export.json:${edgeLine('MEMBER_OF:org:kdv->net:lok-a')}: ${edgeAt('MEMBER_OF:org:kdv->net:lok-a')}.source: unknown node "org:kdv"`,
      `export.json:${edgeLine('OPERATES:nis:11001->org:kdv')}: ${edgeAt('OPERATES:nis:11001->org:kdv')}.target: unknown node "org:kdv"`,
      `export.json:${edgeLine('PROVIDES:org:kdv->offer:kdv-1')}: ${edgeAt('PROVIDES:org:kdv->offer:kdv-1')}.source: unknown node "org:kdv"`,
      `export.json:${edgeLine('FUNDS:nis:11001->org:kdv#2024:subsidie')}: ${edgeAt('FUNDS:nis:11001->org:kdv#2024:subsidie')}.target: unknown node "org:kdv"`,
    ].sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1])));
  });

  it('rejects a duplicate node key and an element that is not an object', () => {
    const broken = { nodes: [...valid.nodes, valid.nodes[0], 'nis:11009'], edges: valid.edges };
    const count = valid.nodes.length;
    const firstKey = keys(valid.nodes)[0];
    expect(errorsOf(broken).slice(0, 2)).toEqual([
      `export.json:${2 + count}: nodes[${count}].key: duplicate node key "${firstKey}" (first on line 2)`,
      `export.json:${3 + count}: nodes[${count + 1}]: expected an object with key and attributes`,
    ]);
  });

  it('checks each relationship: its type, its ends, the labels at its ends, its key and duplicates', () => {
    const covers = valid.edges.find((edge) => (edge as { key: string }).key === 'COVERS:net:lok-a->nis:11001') as Record<string, unknown>;
    const edges = [
      { ...covers, attributes: { type: 'COVERED_BY' } },
      { ...covers, key: undefined, source: 'net:nowhere' },
      { ...covers, key: undefined, source: 'zone:elz-a' },
      { ...covers, key: 'covers-1' },
      covers,
    ];
    const first = valid.nodes.length + 3;
    expect(errorsOf({ nodes: valid.nodes, edges })).toEqual([
      `export.json:${first}: edges[0].attributes.type: unknown relationship type "COVERED_BY" (expected one of: IN_ZONE, ADJACENT_TO, COUNCIL_OF, COVERS, DIRECTS, MEMBER_OF, OPERATES, PROVIDES, LOCATED_IN, SERVES, FUNDS)`,
      `export.json:${first + 1}: edges[1].source: unknown node "net:nowhere"`,
      `export.json:${first + 2}: edges[2].source: COVERS starts at Network, not at Zone "zone:elz-a"`,
      `export.json:${first + 3}: edges[3].key: "covers-1" is not this relationship's key; its type and ends make it "COVERS:net:lok-a->nis:11001"`,
      `export.json:${first + 4}: edges[4]: duplicate relationship "COVERS:net:lok-a->nis:11001" (first on line ${first + 3})`,
      // Every other relationship is gone, so the rows that need one say so.
      `export.json:${nodeLine('offer:kdv-1')}: ${nodeAt('offer:kdv-1')}: missing its PROVIDES relationship (every Offer has one)`,
      `export.json:${nodeLine('offer:kdv-1')}: ${nodeAt('offer:kdv-1')}: missing its LOCATED_IN relationship (every Offer has one)`,
    ].sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1])));
  });

  it('rejects a second relationship of a kind its owner holds one of, and a relationship value the format refuses', () => {
    const second = { key: 'OPERATES:nis:11002->org:kdv', source: 'nis:11002', target: 'org:kdv', attributes: { type: 'OPERATES' } };
    const edges = [...withAttributes(valid, 'MEMBER_OF:org:kdv->net:lok-a', { role: 'boss' }).edges, second];
    const line = valid.nodes.length + 3 + valid.edges.length;
    expect(errorsOf({ nodes: valid.nodes, edges })).toEqual([
      `export.json:${edgeLine('MEMBER_OF:org:kdv->net:lok-a')}: ${edgeAt('MEMBER_OF:org:kdv->net:lok-a')}.attributes.role: unknown role "boss" (expected one of: regisseur, actor, partner, member)`,
      `export.json:${line}: edges[${valid.edges.length}]: organisation "org:kdv" already has its OPERATES relationship on line ${edgeLine('OPERATES:nis:11001->org:kdv')} (one per organisation)`,
    ]);
  });

  it('runs the cross-table checks of the import format: only a zorgraad is the council of a zone, no self-adjacency', () => {
    const council = { key: 'COUNCIL_OF:net:lok-a->zone:elz-a', source: 'net:lok-a', target: 'zone:elz-a', attributes: { type: 'COUNCIL_OF' } };
    const self = { key: 'ADJACENT_TO:nis:11001->nis:11001', source: 'nis:11001', target: 'nis:11001', attributes: { type: 'ADJACENT_TO' } };
    const line = valid.nodes.length + 3 + valid.edges.length;
    expect(errorsOf({ nodes: valid.nodes, edges: [...valid.edges, council, self] })).toEqual([
      `export.json:${line}: edges[${valid.edges.length}].target: only a ZORGRAAD network has a zone (this network's type is LOK)`,
      `export.json:${line + 1}: edges[${valid.edges.length + 1}].target: a municipality cannot be adjacent to itself ("11001")`,
    ]);
  });

  it('checks the document itself: its fields, its arrays, the schema version and the manifest', () => {
    const text = `{"attributes":${JSON.stringify({ knooppunt: { ...METADATA, schemaVersion: 2, manifest: { title: 3 } } })},\n"nodes":{},\n"edges":[],\n"extra":1}`;
    expect(validationErrors(() => parseDatasetJson(text, 'export.json'))).toEqual([
      'export.json:1: attributes.knooppunt.schemaVersion: written for graph schema version 2; this Knooppunt reads version 1',
      'export.json:1: attributes.knooppunt.manifest.title: Invalid input: expected string, received number',
      'export.json:2: nodes: expected an array of nodes',
      'export.json:4: extra: unknown field (expected: attributes, options, nodes, edges)',
    ]);
  });

  it('judges a node with an unreadable key by its attributes too, and a relationship key that is no string', () => {
    const nodes = [...valid.nodes, { key: 7, attributes: { label: 'Gemeente' } }];
    const covers = valid.edges.find((edge) => (edge as { key: string }).key === 'COVERS:net:lok-a->nis:11001') as Record<string, unknown>;
    const count = nodes.length;
    expect(errorsOf({ nodes, edges: [...valid.edges, { ...covers, key: 12 }] })).toEqual([
      `export.json:${1 + count}: nodes[${count - 1}].key: expected the node key, a non-empty string`,
      `export.json:${1 + count}: nodes[${count - 1}].attributes.label: unknown label "Gemeente" (expected one of: Municipality, Zone, Network, Organisation, Offer)`,
      `export.json:${count + 3 + valid.edges.length}: edges[${valid.edges.length}].key: expected the relationship's key, a string`,
      // The relationship itself is read (its key was only a label), so it is a second COVERS of that pair.
      `export.json:${count + 3 + valid.edges.length}: edges[${valid.edges.length}]: duplicate relationship "COVERS:net:lok-a->nis:11001" (first on line ${count + 3 + keys(valid.edges).indexOf('COVERS:net:lok-a->nis:11001')})`,
    ]);
  });

  it('places every error on the line where its element starts, when elements span several lines', () => {
    const offer = valid.nodes.find((node) => (node as { key: string }).key === 'offer:kdv-1') as { key: string; attributes: Record<string, unknown> };
    const broken = { ...offer, attributes: { ...offer.attributes, capacity: 'veel', colour: 'red' } };
    const others = valid.nodes.filter((node) => node !== offer);
    // Pretty-printed, so each element spans several lines and its fields stand below the line it starts on.
    const text = JSON.stringify({ attributes: { knooppunt: METADATA }, nodes: [...others, broken], edges: valid.edges }, null, 2);
    // The element's "{" stands on the line before its key: the key line's 0-based index is the brace's 1-based line.
    const line = text.split('\n').findIndex((candidate) => candidate.includes('"key": "offer:kdv-1"'));
    const index = others.length;
    expect(validationErrors(() => parseDatasetJson(text, 'export.json'))).toEqual([
      `export.json:${line}: nodes[${index}].attributes.colour: unknown attribute (expected: label, function, capacity, name)`,
      `export.json:${line}: nodes[${index}].attributes.capacity: not a number "veel"`,
    ]);
  });
});
