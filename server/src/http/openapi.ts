// The OpenAPI 3.1 description served at /api/openapi.json: the stable API surface of docs/api.md.
import { EXPORT_FORMATS } from '../domain/export-format';
import { DEFAULT_RULE_PARAMETERS, FINDING_KINDS, RULE_IDS, SEVERITIES } from '../domain/findings';
import { FUNCTIONS, NETWORK_TYPES, NODE_LABELS, RELATIONSHIP_TYPES, SECTORS } from '../domain/vocabulary';
import { EXPORT_CONTENT_TYPES } from '../export/export-graph';
import { mapSchemas } from './openapi-map';
import { profileSchemas } from './openapi-profile';
import { snapshotPaths, snapshotSchemas } from './openapi-snapshots';
import { zoneDashboardSchemas } from './openapi-zone-dashboard';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });

/** The rule thresholds of docs/rules.md, for the routes that compute findings. */
const thresholdParameters = [
  { name: 'zorgraadSectors', in: 'query', schema: { type: 'string', default: DEFAULT_RULE_PARAMETERS.zorgraadSectors.join(',') } },
  { name: 'childcarePer100', in: 'query', schema: { type: 'number', default: DEFAULT_RULE_PARAMETERS.childcarePer100 } },
  { name: 'reachFunctions', in: 'query', schema: { type: 'string', default: DEFAULT_RULE_PARAMETERS.reachFunctions.join(',') } },
  { name: 'forumLoad', in: 'query', schema: { type: 'integer', default: DEFAULT_RULE_PARAMETERS.forumLoad } },
  { name: 'unequalRatio', in: 'query', schema: { type: 'number', default: DEFAULT_RULE_PARAMETERS.unequalRatio } },
  { name: 'year', in: 'query', schema: { type: 'integer' }, description: "count only this year's funding (default: all years summed)" },
];

const retryAfterHeader = { description: 'seconds to wait', schema: { type: 'integer' } };
/** Every write endpoint: a client that sent a wrong token too often waits (http/auth/failed-token-guard.ts). */
const tooManyFailedTokens = { ...problem('too many wrong tokens from this client; Retry-After says when to try again'), headers: { 'retry-after': retryAfterHeader } };

const nodeIdParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'A node id such as nis:11002, zone:amalo, net:lok-11002' };

export function openApiDocument(version: string): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Knooppunt API',
      version,
      description: 'The collaboration network of Flemish local social policy as a graph: municipalities, eerstelijnszones, networks, organisations and offers.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '/api' }],
    paths: {
      '/health': { get: { summary: 'Backend and counts', responses: { 200: { description: 'ok', ...json(ref('Health')) } } } },
      '/overview': {
        get: {
          summary: 'The whole graph at Flanders zoom: per municipality its zones and how many networks, organisations and offers it is home to; per zone its municipalities; the relationships between municipalities summed (weight)',
          responses: { 200: { description: 'ok', ...json({ type: 'object', required: ['zones', 'municipalities', 'links', 'nodes', 'relationships', 'unplaced'] }) } },
        },
      },
      '/zones': { get: { summary: 'All zones (eerstelijnszones)', responses: { 200: { description: 'ok', ...json({ type: 'array', items: ref('ZoneSummary') }) } } } },
      '/zones/{id}/graph': {
        get: {
          summary: "A zone's collaboration graph",
          parameters: [{ ...nodeIdParameter, description: 'A zone id, e.g. zone:amalo' }],
          responses: { 200: { description: 'ok', ...json(ref('Subgraph')) }, 400: problem('not a zone id'), 404: problem('unknown zone') },
        },
      },
      '/zones/{id}/dashboard': {
        get: {
          summary:
            "A zone's dashboard for its zorgraad coordinator: the zorgraad's members by seat, sector and role, missing sectors and absent municipalities, networks and organisations across the zone's border, brokers (degree, betweenness) and Louvain communities of the collaboration graph with their alignment to municipal borders, and the zone's findings",
          parameters: [{ ...nodeIdParameter, description: 'A zone id, e.g. zone:amalo' }, ...thresholdParameters],
          responses: { 200: { description: 'ok', ...json(ref('ZoneDashboard')) }, 400: problem('not a zone id, or a bad parameter'), 404: problem('unknown zone') },
        },
      },
      '/municipalities/{nis}/graph': {
        get: {
          summary: "A municipality's partner graph",
          parameters: [{ name: 'nis', in: 'path', required: true, schema: { type: 'string' }, description: '11002 or nis:11002' }],
          responses: { 200: { description: 'ok', ...json(ref('Subgraph')) }, 400: problem('not a NIS code'), 404: problem('unknown municipality') },
        },
      },
      '/municipalities/{nis}/profile': {
        get: {
          summary:
            "A municipality's profile: checklist of network types and functions (covered by what, or missing, with the findings), networks, partners and their roles, funding, role conflicts with beheersmodel status, comparison with its neighbours",
          parameters: [{ name: 'nis', in: 'path', required: true, schema: { type: 'string' }, description: '11002 or nis:11002' }, ...thresholdParameters],
          responses: { 200: { description: 'ok', ...json(ref('MunicipalityProfile')) }, 400: problem('not a NIS code, or a bad parameter'), 404: problem('unknown municipality') },
        },
      },
      '/nodes/{id}': {
        get: {
          summary: 'A node with its zones and relationships',
          parameters: [nodeIdParameter],
          responses: { 200: { description: 'ok', ...json(ref('NodeDetail')) }, 404: problem('unknown node') },
        },
      },
      '/nodes/{id}/neighbourhood': {
        get: {
          summary: 'The neighbourhood of a node to a depth',
          parameters: [
            nodeIdParameter,
            { name: 'depth', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 3, default: 1 } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 5000, default: 500 } },
          ],
          responses: { 200: { description: 'ok', ...json(ref('Subgraph')) }, 400: problem('bad parameter'), 404: problem('unknown node') },
        },
      },
      '/search': {
        get: {
          summary: 'Find nodes by name (accent-insensitive) or NIS code',
          parameters: [
            { name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
          ],
          responses: { 200: { description: 'ok', ...json({ type: 'array', items: ref('SearchHit') }) }, 400: problem('bad parameter') },
        },
      },
      '/findings': {
        get: {
          summary: 'Findings of the rule catalogue (gaps, overlaps, role conflicts, boundary effects), filtered',
          parameters: [
            { name: 'kind', in: 'query', schema: { enum: FINDING_KINDS } },
            { name: 'rule', in: 'query', schema: { type: 'string' }, description: `one or more of ${RULE_IDS.join(', ')}, separated by commas` },
            { name: 'severity', in: 'query', schema: { enum: SEVERITIES } },
            { name: 'zone', in: 'query', schema: { type: 'string' }, description: 'zone id: findings about the zone or its municipalities' },
            { name: 'municipality', in: 'query', schema: { type: 'string' }, description: 'NIS code or nis:<NIS>: findings with it as subject or related' },
            ...thresholdParameters,
          ],
          responses: {
            200: { description: 'ok', ...json({ type: 'array', items: ref('Finding') }) },
            400: problem('bad parameter'),
            404: problem('unknown zone'),
          },
        },
      },
      '/coverage': {
        get: {
          summary: 'Coverage per municipality: networks per type, reach of every function, childcare places per 100 children',
          parameters: [{ name: 'zone', in: 'query', schema: { type: 'string' }, description: 'a zone id (zone:<slug> or the slug); absent: every municipality' }],
          responses: { 200: { description: 'ok', ...json({ type: 'object', properties: { zone: ref('NodeSummary'), municipalities: { type: 'array', items: { type: 'object' } } } }) }, 404: problem('unknown zone') },
        },
      },
      '/export': {
        get: {
          summary: "A snapshot of the whole graph or of one zone's graph, streamed as a file download, with its metadata (time, version, schema version, content hash, filter, backend, counts)",
          parameters: [
            { name: 'format', in: 'query', required: true, schema: { enum: EXPORT_FORMATS }, description: 'csv is a zip of nodes.csv, relationships.csv and metadata.json; cypher a script for an empty Neo4j' },
            { name: 'zone', in: 'query', schema: { type: 'string' }, description: "a zone id (zone:<slug> or the slug): that zone's graph as the explorer shows it; absent: the whole graph" },
          ],
          responses: {
            200: {
              description: 'the export, as an attachment named knooppunt-<zone or vlaanderen>-<yyyy-mm-dd>.<json|graphml|gexf|zip|cypher>',
              content: Object.fromEntries(
                [...new Set(Object.values(EXPORT_CONTENT_TYPES))].map((type) => {
                  const mediaType = type.split(';')[0]!;
                  // The json format is a graph document (graphology serialisation with export metadata), not opaque bytes.
                  return [mediaType, { schema: mediaType === 'application/json' ? { type: 'object' } : { type: 'string', format: 'binary' } }];
                }),
              ),
            },
            400: problem('unknown format'),
            404: problem('unknown zone'),
            503: { ...problem('as many exports as the server makes at once are running; Retry-After says when to try again'), headers: { 'retry-after': retryAfterHeader } },
          },
        },
      },
      '/map': {
        get: {
          summary:
            "The map's facts: per municipality its zones, covering networks, childcare places per 100 children and its findings (as subject or related) per rule and severity; per zone its findings; the borders of BOUNDARY_CONTINUITY findings",
          parameters: thresholdParameters,
          responses: { 200: { description: 'ok', ...json(ref('MapOverview')) }, 400: problem('a filter parameter (the map counts every finding) or a bad threshold') },
        },
      },
      '/geo/boundaries': {
        get: {
          summary: 'The 304 municipal boundaries of 2025 as a TopoJSON topology (object "municipalities", properties nis, name, province)',
          responses: { 200: { description: 'ok', ...json({ type: 'object', required: ['type', 'objects', 'arcs'] }) }, 404: problem('the server has no boundaries') },
        },
      },
      '/geo/centroids': {
        get: { summary: 'Municipality centroids (WGS84)', responses: { 200: { description: 'ok', ...json({ type: 'array', items: ref('Centroid') }) } } },
      },
      '/import': {
        post: {
          summary: "Import a dataset (zip of the CSV folder, the JSON document, or Knooppunt's own JSON export or snapshot); all or nothing",
          security: [{ bearer: [] }],
          parameters: [{ name: 'replace', in: 'query', schema: { type: 'boolean', default: false }, description: 'drop what the dataset does not contain' }],
          requestBody: {
            required: true,
            content: { 'application/zip': { schema: { type: 'string', format: 'binary' } }, 'application/json': { schema: { type: 'object' } } },
          },
          responses: {
            200: { description: 'imported', ...json(ref('ImportResponse')) },
            400: problem('empty body, or a bad replace parameter'),
            401: problem('missing or wrong token'),
            403: problem('write endpoints disabled (no KNOOPPUNT_TOKEN)'),
            413: problem('the body is larger than 256 MiB'),
            422: problem('validation errors, each as file:line: column: message (the first 1,000; omittedErrors counts the rest), or a zip that unpacks past its limits'),
            429: tooManyFailedTokens,
          },
        },
      },
      ...snapshotPaths,
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            errors: { type: 'array', items: { type: 'string' } },
            omittedErrors: { type: 'integer', description: 'import validation errors found beyond the listed ones' },
          },
        },
        GraphNode: {
          type: 'object',
          required: ['id', 'label', 'properties'],
          properties: { id: { type: 'string' }, label: { enum: NODE_LABELS }, properties: { type: 'object' } },
        },
        Relationship: {
          type: 'object',
          required: ['id', 'type', 'from', 'to', 'properties'],
          properties: {
            id: { type: 'string' },
            type: { enum: RELATIONSHIP_TYPES },
            from: { type: 'string' },
            to: { type: 'string' },
            properties: { type: 'object' },
          },
        },
        Subgraph: {
          type: 'object',
          required: ['nodes', 'relationships'],
          properties: {
            nodes: { type: 'array', items: ref('GraphNode') },
            relationships: { type: 'array', items: ref('Relationship') },
            truncated: { type: 'boolean' },
          },
        },
        NodeSummary: {
          type: 'object',
          required: ['id', 'label', 'name'],
          properties: { id: { type: 'string' }, label: { enum: NODE_LABELS }, name: { type: 'string' } },
        },
        NodeDetail: {
          type: 'object',
          required: ['node', 'zones', 'relationships'],
          properties: {
            node: ref('GraphNode'),
            zones: { type: 'array', items: ref('NodeSummary') },
            relationships: {
              type: 'array',
              items: {
                type: 'object',
                properties: { relationship: ref('Relationship'), direction: { enum: ['out', 'in'] }, other: ref('NodeSummary') },
              },
            },
          },
        },
        SearchHit: {
          allOf: [ref('NodeSummary'), { type: 'object', properties: { matched: { enum: ['name', 'nis'] }, zones: { type: 'array', items: { type: 'string' } } } }],
        },
        ZoneSummary: {
          type: 'object',
          properties: { id: { type: 'string' }, name: { type: 'string' }, municipalityCount: { type: 'integer' }, hasZorgraad: { type: 'boolean' } },
        },
        Finding: {
          type: 'object',
          required: ['id', 'rule', 'kind', 'severity', 'subject', 'related', 'message', 'evidence'],
          properties: {
            id: { type: 'string' },
            rule: { enum: RULE_IDS },
            kind: { enum: FINDING_KINDS },
            severity: { enum: SEVERITIES },
            subject: { type: 'string' },
            related: { type: 'array', items: { type: 'string' } },
            message: { type: 'object', properties: { nl: { type: 'string' }, en: { type: 'string' } } },
            evidence: { type: 'object' },
          },
        },
        ...profileSchemas,
        ...mapSchemas,
        ...zoneDashboardSchemas,
        ...snapshotSchemas,
        Centroid: { type: 'object', properties: { nis: { type: 'string' }, lon: { type: 'number' }, lat: { type: 'number' } } },
        Counts: {
          type: 'object',
          properties: {
            nodes: { type: 'integer' },
            relationships: { type: 'integer' },
            nodesByLabel: { type: 'object', additionalProperties: { type: 'integer' } },
            relationshipsByType: { type: 'object', additionalProperties: { type: 'integer' } },
          },
        },
        Health: {
          type: 'object',
          properties: {
            status: { const: 'ok' },
            backend: { enum: ['embedded', 'neo4j'] },
            version: { type: 'string' },
            counts: ref('Counts'),
            dataset: { type: 'object' },
          },
        },
        ImportResponse: { type: 'object', properties: { replaced: { type: 'boolean' }, rows: { type: 'integer' }, counts: ref('Counts') } },
      },
      'x-vocabulary': { networkTypes: NETWORK_TYPES, sectors: SECTORS, functions: FUNCTIONS },
    },
  };
}
