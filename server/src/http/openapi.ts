// The OpenAPI 3.1 description served at /api/openapi.json: the stable API surface of docs/api.md Paths,
// summaries and statuses are written here; every schema is generated from the zod schemas the code uses
// (answers: domain/*.schema.ts via openapi-answers.ts; parameters and bodies: request-schemas.ts), so the
// document cannot describe a shape or a limit the routes do not have.
import { z } from 'zod';
import { importResponseSchema, problemSchema } from '../domain/api.schema';
import { FINDING_QUERY_SCHEMAS, RULE_PARAMETER_NAMES } from '../domain/finding-query';
import { DEFAULT_RULE_PARAMETERS } from '../domain/findings';
import { ruleParametersSchema } from '../domain/findings.schema';
import { FUNCTIONS, NETWORK_TYPES, RULE_IDS, SECTORS } from '../domain/vocabulary';
import { EXPORT_CONTENT_TYPES } from '../export/export-graph';
import { importedGraphDocumentSchema } from '../domain/graph-document-import.schema';
import { graphDocumentSchema } from '../domain/graph-document.schema';
import { GET_ANSWERS, type AnsweredPath } from './openapi-answers';
import { OpenApiSchemas } from './openapi-schemas';
import { snapshotPaths } from './openapi-snapshots';
import { coverageQuery, exportQuery, importQuery, neighbourhoodQuery, searchQuery, type QueryShape } from './request-schemas';

/** What the path builders share: the document's components, filled as schemas are asked for. */
export class OpenApiBuilder {
  readonly schemas = new OpenApiSchemas();

  json(schema: z.ZodType, description = 'ok') {
    return { description, content: { 'application/json': { schema: this.schemas.of(schema) } } };
  }

  answer(path: AnsweredPath) {
    return this.json(GET_ANSWERS[path]);
  }

  problem(description: string) {
    return { description, content: { 'application/problem+json': { schema: this.schemas.of(problemSchema) } } };
  }

  /** A problem a client is told to retry after a while (429, 503). */
  retryLater(description: string) {
    return { ...this.problem(description), headers: { 'retry-after': { description: 'seconds to wait', schema: { type: 'integer' } } } };
  }

  /**
   * One query parameter from its schema, with the description beside it; required when its schema
   * refuses an absent value, unless the caller reads absence itself (the findings' parameters).
   */
  parameter(name: string, schema: z.ZodType, required = !schema.safeParse(undefined).success) {
    const { description, ...json } = this.schemas.of(schema, 'input');
    return {
      name,
      in: 'query',
      ...(required ? { required: true } : {}),
      schema: json,
      ...(typeof description === 'string' ? { description } : {}),
    };
  }

  query(schema: z.ZodObject<QueryShape>) {
    return Object.entries(schema.shape).map(([name, parameter]) => this.parameter(name, parameter));
  }
}

/**
 * POST /import's JSON body: a graph document (the JSON export or a snapshot), in the shape the import checks
 * it against, or the dataset document of docs/import-format.md (one array of rows per table).
 */
export function importJsonBody(builder: OpenApiBuilder) {
  const datasetDocument = { type: 'object', description: 'the dataset document: one array of rows per table, and the manifest (docs/import-format.md)' };
  return { anyOf: [builder.schemas.of(importedGraphDocumentSchema, 'input'), datasetDocument] };
}

/** The rule thresholds of docs/rules.md, for the routes that compute findings; absent or empty: the default. */
function thresholdParameters(builder: OpenApiBuilder) {
  return RULE_PARAMETER_NAMES.map((name) => {
    const parameter = builder.parameter(name, FINDING_QUERY_SCHEMAS[name], false);
    const fallback = DEFAULT_RULE_PARAMETERS[name];
    const description = ruleParametersSchema.shape[name].description ?? '';
    return {
      ...parameter,
      schema: { ...parameter.schema, ...(fallback === undefined ? {} : { default: Array.isArray(fallback) ? fallback.join(',') : fallback }) },
      description: Array.isArray(fallback) ? `${description}, separated by commas` : description,
    };
  });
}

const FILTER_DESCRIPTIONS = {
  kind: undefined,
  rule: `one or more of ${RULE_IDS.join(', ')}, separated by commas`,
  severity: undefined,
  zone: 'zone id: findings about the zone or its municipalities',
  municipality: 'NIS code or nis:<NIS>: findings with it as subject or related',
} as const;

function filterParameters(builder: OpenApiBuilder) {
  return Object.entries(FILTER_DESCRIPTIONS).map(([name, description]) => ({
    ...builder.parameter(name, FINDING_QUERY_SCHEMAS[name as keyof typeof FILTER_DESCRIPTIONS], false),
    ...(description === undefined ? {} : { description }),
  }));
}

const nodeIdParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'A node id such as nis:11002, zone:amalo, net:lok-11002' };
const zoneIdParameter = { ...nodeIdParameter, description: 'A zone id, e.g. zone:amalo' };
const nisParameter = { name: 'nis', in: 'path', required: true, schema: { type: 'string' }, description: '11002 or nis:11002' };

export function openApiDocument(version: string): object {
  const api = new OpenApiBuilder();
  const thresholds = thresholdParameters(api);
  const paths = {
    '/health': { get: { summary: 'Backend and counts', responses: { 200: api.answer('/health') } } },
    '/overview': {
      get: {
        summary:
          'The whole graph at Flanders zoom: per municipality its zones and how many networks, organisations and offers it is home to; per zone its municipalities; the relationships between municipalities summed (weight)',
        responses: { 200: api.answer('/overview') },
      },
    },
    '/zones': { get: { summary: 'All zones (eerstelijnszones)', responses: { 200: api.answer('/zones') } } },
    '/zones/{id}/graph': {
      get: {
        summary: "A zone's collaboration graph",
        parameters: [zoneIdParameter],
        responses: { 200: api.answer('/zones/{id}/graph'), 400: api.problem('not a zone id'), 404: api.problem('unknown zone') },
      },
    },
    '/zones/{id}/dashboard': {
      get: {
        summary:
          "A zone's dashboard for its zorgraad coordinator: the zorgraad's members by seat, sector and role, missing sectors and absent municipalities, networks and organisations across the zone's border, brokers (degree, betweenness) and Louvain communities of the collaboration graph with their alignment to municipal borders, and the zone's findings",
        parameters: [zoneIdParameter, ...thresholds],
        responses: { 200: api.answer('/zones/{id}/dashboard'), 400: api.problem('not a zone id, or a bad parameter'), 404: api.problem('unknown zone') },
      },
    },
    '/municipalities/{nis}/graph': {
      get: {
        summary: "A municipality's partner graph",
        parameters: [nisParameter],
        responses: { 200: api.answer('/municipalities/{nis}/graph'), 400: api.problem('not a NIS code'), 404: api.problem('unknown municipality') },
      },
    },
    '/municipalities/{nis}/profile': {
      get: {
        summary:
          "A municipality's profile: checklist of network types and functions (covered by what, or missing, with the findings), networks, partners and their roles, funding, role conflicts with beheersmodel status, comparison with its neighbours",
        parameters: [nisParameter, ...thresholds],
        responses: { 200: api.answer('/municipalities/{nis}/profile'), 400: api.problem('not a NIS code, or a bad parameter'), 404: api.problem('unknown municipality') },
      },
    },
    '/nodes/{id}': {
      get: {
        summary: 'A node with its zones and relationships',
        parameters: [nodeIdParameter],
        responses: { 200: api.answer('/nodes/{id}'), 404: api.problem('unknown node') },
      },
    },
    '/nodes/{id}/neighbourhood': {
      get: {
        summary: 'The neighbourhood of a node to a depth',
        parameters: [nodeIdParameter, ...api.query(neighbourhoodQuery)],
        responses: { 200: api.answer('/nodes/{id}/neighbourhood'), 400: api.problem('bad parameter'), 404: api.problem('unknown node') },
      },
    },
    '/search': {
      get: {
        summary: 'Find nodes by name (accent-insensitive) or NIS code',
        parameters: api.query(searchQuery),
        responses: { 200: api.answer('/search'), 400: api.problem('bad parameter') },
      },
    },
    '/findings': {
      get: {
        summary: 'Findings of the rule catalogue (gaps, overlaps, role conflicts, boundary effects), filtered',
        parameters: [...filterParameters(api), ...thresholds],
        responses: { 200: api.answer('/findings'), 400: api.problem('bad parameter'), 404: api.problem('unknown zone') },
      },
    },
    '/coverage': {
      get: {
        summary: 'Coverage per municipality: networks per type, reach of every function, childcare places per 100 children',
        parameters: api.query(coverageQuery),
        responses: { 200: api.answer('/coverage'), 404: api.problem('unknown zone') },
      },
    },
    '/export': {
      get: {
        summary: "A snapshot of the whole graph or of one zone's graph, streamed as a file download, with its metadata (time, version, schema version, content hash, filter, backend, counts)",
        parameters: api.query(exportQuery),
        responses: {
          200: {
            description: 'the export, as an attachment named knooppunt-<zone or vlaanderen>-<yyyy-mm-dd>.<json|graphml|gexf|zip|cypher>',
            content: Object.fromEntries(
              [...new Set(Object.values(EXPORT_CONTENT_TYPES))].map((type) => {
                const mediaType = type.split(';')[0]!;
                // The json format is a graph document (graphology serialisation with export metadata), not opaque bytes.
                return [mediaType, { schema: mediaType === 'application/json' ? api.schemas.of(graphDocumentSchema) : { type: 'string', format: 'binary' } }];
              }),
            ),
          },
          400: api.problem('unknown format'),
          404: api.problem('unknown zone'),
          503: api.retryLater('as many exports as the server makes at once are running; Retry-After says when to try again'),
        },
      },
    },
    '/map': {
      get: {
        summary:
          "The map's facts: per municipality its zones, covering networks, childcare places per 100 children and its findings (as subject or related) per rule and severity; per zone its findings; the borders of BOUNDARY_CONTINUITY findings",
        parameters: thresholds,
        responses: { 200: api.answer('/map'), 400: api.problem('a filter parameter (the map counts every finding) or a bad threshold') },
      },
    },
    '/geo/boundaries': {
      get: {
        summary: 'The 304 municipal boundaries of 2025 as a TopoJSON topology (object "municipalities", properties nis, name, province)',
        responses: { 200: api.answer('/geo/boundaries'), 404: api.problem('the server has no boundaries') },
      },
    },
    '/geo/centroids': { get: { summary: 'Municipality centroids (WGS84)', responses: { 200: api.answer('/geo/centroids') } } },
    '/import': {
      post: {
        summary: "Import a dataset (zip of the CSV folder, the JSON document, or Knooppunt's own JSON export or snapshot); all or nothing",
        security: [{ bearer: [] }],
        parameters: api.query(importQuery),
        requestBody: {
          required: true,
          content: { 'application/zip': { schema: { type: 'string', format: 'binary' } }, 'application/json': { schema: importJsonBody(api) } },
        },
        responses: {
          200: api.json(importResponseSchema, 'imported'),
          400: api.problem('empty body, or a bad replace parameter'),
          ...writeProblems(api),
          413: api.problem('the body is larger than 256 MiB'),
          422: api.problem('validation errors, each as file:line: column: message (the first 1,000; omittedErrors counts the rest), or a zip that unpacks past its limits'),
        },
      },
    },
    ...snapshotPaths(api),
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Knooppunt API',
      version,
      description: 'The collaboration network of Flemish local social policy as a graph: municipalities, eerstelijnszones, networks, organisations and offers.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '/api' }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: api.schemas.components,
      'x-vocabulary': { networkTypes: NETWORK_TYPES, sectors: SECTORS, functions: FUNCTIONS },
    },
  };
}

/** Every write endpoint: the token, and a client that sent a wrong one too often waits (http/auth/failed-token-guard.ts). */
export function writeProblems(api: OpenApiBuilder) {
  return {
    401: api.problem('missing or wrong token'),
    403: api.problem('write endpoints disabled (no KNOOPPUNT_TOKEN)'),
    429: api.retryLater('too many wrong tokens from this client; Retry-After says when to try again'),
  };
}
