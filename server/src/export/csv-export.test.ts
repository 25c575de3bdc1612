import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../domain/graph';
import type { GraphPage } from '../domain/graph-pages';
import type { ExportChunk } from './graph-writer';
import { writeCsvZip } from './csv-export';
import { collectChunks, TEST_METADATA, testPages } from './test-graph';

function concat(chunks: readonly ExportChunk[]): Uint8Array {
  const parts = chunks.map((chunk) => (typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk));
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

async function unzipped(pages = testPages(), metadata = TEST_METADATA): Promise<Record<string, string>> {
  const files = unzipSync(concat(await collectChunks(writeCsvZip(pages, metadata))));
  // ignoreBOM: keep the byte order mark in the text, so the tests see it.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, decoder.decode(bytes)]));
}

const NODES = [
  '\uFEFFid,label,nis,name,province,region,population,children0to3,children3to12,type,governanceModel,governanceModelDate,legalForm,sector,function,capacity',
  // A leading = is neutralised; quotes doubled; the line break stays inside the quoted cell.
  'net:lok,Network,,"\'=LOK ""Aarde""\nnoord 😀",,,,,,LOK,true,,,,,',
  'nis:90001,Municipality,90001,Aarde & <Beek> \\ Sint-Émile,,,10000,,,,,,,,,',
  'offer:o1,Offer,,,,,,,,,,,,,kinderopvang_baby_peuter,12',
  'org:kroon,Organisation,,"\'t Kroontje, vzw\u0001",,,,,,,,,nonprofit,kinderopvang,,',
  '',
].join('\r\n');

const RELATIONSHIPS = [
  '\uFEFFid,type,from,to,role,sector,year,amount,kind',
  'DIRECTS:nis:90001->net:lok,DIRECTS,nis:90001,net:lok,,,,,',
  'FUNDS:nis:90001->org:kroon#2024:subsidie,FUNDS,nis:90001,org:kroon,,,2024,1250.5,subsidie',
  'LOCATED_IN:offer:o1->nis:90001,LOCATED_IN,offer:o1,nis:90001,,,,,',
  'MEMBER_OF:org:kroon->net:lok,MEMBER_OF,org:kroon,net:lok,partner,,,,',
  '',
].join('\r\n');

describe('CSV export', () => {
  it('zips nodes.csv, relationships.csv and metadata.json', async () => {
    const files = await unzipped();
    expect(Object.keys(files).sort()).toEqual(['metadata.json', 'nodes.csv', 'relationships.csv']);
    expect(files['nodes.csv']).toBe(NODES);
    expect(files['relationships.csv']).toBe(RELATIONSHIPS);
    expect(JSON.parse(files['metadata.json']!)).toEqual(TEST_METADATA);
  });

  it('keeps negative numbers as numbers and neutralises text that starts like a formula', async () => {
    const files = await unzipped(
      testPages(2, [
        { id: 'nis:90009', label: 'Municipality', properties: { nis: '90009', name: '-Min', province: '+32', region: 'Vlaanderen', population: -1 } },
        { id: 'org:at', label: 'Organisation', properties: { name: '@SUM(A1)', legalForm: 'private', sector: 'andere' } },
        { id: 'org:tab', label: 'Organisation', properties: { name: '\tTab\r', legalForm: 'private', sector: 'andere' } },
      ], []),
      { ...TEST_METADATA, counts: { nodes: 3, relationships: 0 } },
    );
    const rows = files['nodes.csv']!.split('\r\n');
    expect(rows[1]).toBe("nis:90009,Municipality,90009,'-Min,'+32,Vlaanderen,-1,,,,,,,,,");
    expect(rows[2]).toBe("org:at,Organisation,,'@SUM(A1),,,,,,,,,private,andere,,");
    expect(rows[3]).toBe('org:tab,Organisation,,"\'\tTab\r",,,,,,,,,private,andere,,');
    expect(files['relationships.csv']).toBe('\uFEFFid,type,from,to,role,sector,year,amount,kind\r\n');
  });

  it('streams: compressed bytes come out while pages are still going in', async () => {
    const organisations: GraphNode[] = Array.from({ length: 6_000 }, (_, index) => ({
      id: `org:o${String(index).padStart(5, '0')}`,
      label: 'Organisation',
      properties: { name: `Organisatie ${index * 7919}`, legalForm: 'nonprofit', sector: 'andere' },
    }));
    const events: string[] = [];
    async function* logged(): AsyncGenerator<GraphPage> {
      for await (const page of testPages(2_000, organisations, [])) {
        events.push('page');
        yield page;
      }
    }
    for await (const chunk of writeCsvZip(logged(), { ...TEST_METADATA, counts: { nodes: 6_000, relationships: 0 } })) {
      events.push(typeof chunk === 'string' ? 'text' : 'bytes');
    }
    const between = events.slice(events.indexOf('page'), events.lastIndexOf('page'));
    expect(between.filter((event) => event === 'bytes').length).toBeGreaterThan(0);
  });

  it('dates the zip entries by the export, so the same export gives the same bytes', async () => {
    const first = concat(await collectChunks(writeCsvZip(testPages(), TEST_METADATA)));
    const second = concat(await collectChunks(writeCsvZip(testPages(1), TEST_METADATA)));
    expect(second).toEqual(first);
  });
});
