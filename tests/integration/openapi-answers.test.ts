// Every GET route's real answers on the demo, checked against the OpenAPI document's schema for that route
// and status. The schemas are the zod schemas the document is generated from, parsed strictly: a field the
// document does not name, a missing one or a wrong type fails. The test also checks that the served
// document holds exactly the JSON Schema generated from that zod schema, so the two cannot part.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { problemSchema, zoneSummarySchema } from '@knooppunt/server/domain/api.schema';
import { subgraphSchema } from '@knooppunt/server/domain/graph.schema';
import { importedGraphDocumentSchema } from '@knooppunt/server/domain/graph-document-import.schema';
import { graphDocumentSchema } from '@knooppunt/server/domain/graph-document.schema';
import { GET_ANSWERS, type AnsweredPath } from '@knooppunt/server/http/openapi-answers';
import { importJsonBody, OpenApiBuilder } from '@knooppunt/server/http/openapi';
import { OpenApiSchemas } from '@knooppunt/server/http/openapi-schemas';
import { startKnooppunt, type RunningKnooppunt } from '@knooppunt/server/serve';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'openapi-answers-token-8d41c';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

/** A zod schema as this test uses it (the tests package does not depend on zod itself). */
interface Schema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** What a strict parse says is wrong, as `path: message` lines (empty when the answer conforms). */
function disagreements(schema: Schema, answer: unknown): string[] {
  const result = schema.safeParse(answer);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

describe('every GET answer on the demo against the OpenAPI document', () => {
  let running: RunningKnooppunt;
  let folder: string;
  let document: OpenApiDocument;
  /** Representative requests per documented path; filled from the demo's own ids in beforeAll. */
  let requests: Record<AnsweredPath | '/export', string[]>;

  const get = async (url: string) => fetch(`${running.url}/api${url}`);
  const json = async (url: string) => {
    const response = await get(url);
    expect(response.status, url).toBe(200);
    return (await response.json()) as unknown;
  };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'knooppunt-openapi-answers-'));
    running = await startKnooppunt({
      port: 0,
      dataDir: join(folder, 'store'),
      seedFrom: join(repository, 'fixtures', 'demo'),
      token: TOKEN,
      centroidsFile: join(repository, 'fixtures', 'geo', 'municipality-centroids.csv'),
      boundariesFile: join(repository, 'fixtures', 'geo', 'municipalities-2025.topo.json'),
    });
    document = (await json('/openapi.json')) as OpenApiDocument;
    const zones = zoneSummarySchema.array().parse(await json('/zones'));
    const zone = zones.find((candidate) => candidate.hasZorgraad) ?? zones[0]!;
    const zoneGraph = subgraphSchema.parse(await json(`/zones/${zone.id}/graph`));
    const municipality = zoneGraph.nodes.find((node) => node.label === 'Municipality')!;
    const network = zoneGraph.nodes.find((node) => node.label === 'Network')!;
    const organisation = zoneGraph.nodes.find((node) => node.label === 'Organisation')!;
    const nis = municipality.id.slice('nis:'.length);
    const saved = await fetch(`${running.url}/api/snapshots`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'openapi answers' }),
    });
    expect(saved.status).toBe(201);
    const snapshot = ((await saved.json()) as { id: string }).id;
    requests = {
      '/health': ['/health'],
      '/overview': ['/overview'],
      '/zones': ['/zones'],
      '/zones/{id}/graph': [`/zones/${zone.id}/graph`],
      '/zones/{id}/dashboard': [`/zones/${zone.id}/dashboard`, `/zones/${zone.id}/dashboard?zorgraadSectors=caw,huisartsen&year=2025`],
      '/municipalities/{nis}/graph': [`/municipalities/${nis}/graph`],
      '/municipalities/{nis}/profile': [`/municipalities/${nis}/profile`, `/municipalities/nis:${nis}/profile?childcarePer100=50&forumLoad=2`],
      '/nodes/{id}': [`/nodes/${municipality.id}`, `/nodes/${network.id}`, `/nodes/${organisation.id}`, `/nodes/${zone.id}`],
      '/nodes/{id}/neighbourhood': [`/nodes/${network.id}/neighbourhood`, `/nodes/${municipality.id}/neighbourhood?depth=3&limit=5`],
      '/search': [`/search?q=${encodeURIComponent(municipality.properties.name)}`, `/search?q=${nis}&limit=3`],
      '/findings': ['/findings', `/findings?zone=${zone.id}&kind=gap`, `/findings?municipality=${nis}&severity=high&unequalRatio=0.9`],
      '/coverage': ['/coverage', `/coverage?zone=${zone.id}`],
      '/map': ['/map', '/map?childcarePer100=20'],
      '/geo/boundaries': ['/geo/boundaries'],
      '/geo/centroids': ['/geo/centroids'],
      '/snapshots': ['/snapshots'],
      '/snapshots/diff': [`/snapshots/diff?from=${snapshot}`, `/snapshots/diff?from=${snapshot}&to=${snapshot}&limit=1`],
      '/snapshots/{id}': [`/snapshots/${snapshot}`],
      '/export': ['/export?format=json', `/export?format=json&zone=${zone.id}`],
    };
  }, 180_000);

  afterAll(async () => {
    await running?.close();
    if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  });

  it('has a request here for every GET route the document lists', () => {
    const documented = Object.entries(document.paths)
      .filter(([, operations]) => 'get' in operations)
      .map(([path]) => path)
      .sort();
    expect(documented.length).toBeGreaterThan(15);
    expect(Object.keys(requests).sort()).toEqual(documented);
  });

  it.each(Object.keys(GET_ANSWERS) as AnsweredPath[])('GET %s answers as documented', async (path) => {
    // The served document describes the 200 answer with the JSON Schema generated from the zod schema.
    const schemas = new OpenApiSchemas();
    const expected = schemas.of(GET_ANSWERS[path]);
    expect(document.paths[path]?.['get']?.responses['200']?.content?.['application/json']?.schema).toEqual(expected);
    for (const [id, component] of Object.entries(schemas.components)) expect(document.components.schemas[id], id).toEqual(component);

    const urls = requests[path];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(disagreements(GET_ANSWERS[path], await json(url)), url).toEqual([]);
  });

  it('GET /export?format=json answers with the documented graph document', async () => {
    const documented = document.paths['/export']?.['get']?.responses['200']?.content?.['application/json']?.schema;
    expect(documented).toEqual(new OpenApiSchemas().of(graphDocumentSchema));
    for (const url of requests['/export']) {
      const answer = graphDocumentSchema.parse(await json(url));
      expect(answer.nodes.length, url).toBeGreaterThan(0);
    }
  });

  it("POST /import's JSON body is documented by the schema the import checks a graph document with, and every export fits it", async () => {
    const body = document.paths['/import']?.['post'] as { requestBody?: { content?: Record<string, { schema?: unknown }> } } | undefined;
    const builder = new OpenApiBuilder();
    expect(body?.requestBody?.content?.['application/json']?.schema).toEqual(importJsonBody(builder));
    for (const [id, component] of Object.entries(builder.schemas.components)) expect(document.components.schemas[id], id).toEqual(component);
    for (const url of requests['/export']) expect(disagreements(importedGraphDocumentSchema, await json(url)), url).toEqual([]);
  });

  it('answers refusals with documented problems', async () => {
    const refusals: [string, number][] = [
      ['/zones/nergens/graph', 400],
      ['/zones/zone:nergens/graph', 404],
      ['/nodes/nis:00000', 404],
      ['/nodes/nis:11002/neighbourhood?depth=9', 400],
      ['/search', 400],
      ['/findings?kind=gaps', 400],
      ['/snapshots/diff?from=nope', 404],
      ['/export?format=pdf', 400],
    ];
    for (const [url, status] of refusals) {
      const response = await get(url);
      expect(response.status, url).toBe(status);
      const path = Object.keys(document.paths).find((candidate) => new RegExp(`^${candidate.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(url.split('?')[0]!))!;
      expect(document.paths[path]?.['get']?.responses[String(status)], `${url} documents ${status}`).toMatchObject({ content: { 'application/problem+json': {} } });
      expect(disagreements(problemSchema, await response.json()), url).toEqual([]);
    }
  });

  it('fails an answer with a field the document does not name, or without one it requires', async () => {
    const health = (await json('/health')) as Record<string, unknown>;
    expect(disagreements(GET_ANSWERS['/health'], health)).toEqual([]);
    expect(disagreements(GET_ANSWERS['/health'], { ...health, uptime: 12 })).toEqual([': Unrecognized key: "uptime"']);
    const { version: _dropped, ...withoutVersion } = health;
    expect(disagreements(GET_ANSWERS['/health'], withoutVersion)).toEqual(['version: Invalid input: expected string, received undefined']);
  });
});
