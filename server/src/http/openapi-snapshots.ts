// The OpenAPI paths of /api/snapshots (routes/snapshot-routes.ts), kept apart from openapi.ts like the
// route file; their schemas come from domain/snapshot.schema.ts and request-schemas.ts.
import { snapshotSummarySchema } from '../domain/snapshot.schema';
import { writeProblems, type OpenApiBuilder } from './openapi';
import { snapshotDiffQuery, snapshotRequestSchema } from './request-schemas';

const snapshotId = { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'a snapshot id, e.g. 20260105-143012-3fa2c1' };

export function snapshotPaths(api: OpenApiBuilder) {
  return {
    '/snapshots': {
      get: { summary: 'The snapshots kept in the active store, newest first', responses: { 200: api.answer('/snapshots') } },
      post: {
        summary: 'Save the graph as it is now as a named, dated snapshot in the active store',
        security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: api.schemas.of(snapshotRequestSchema, 'input') } } },
        responses: {
          201: api.json(snapshotSummarySchema, 'saved (Location: /api/snapshots/{id})'),
          400: api.problem('bad name or body'),
          ...writeProblems(api),
        },
      },
    },
    '/snapshots/diff': {
      get: {
        summary: 'What changed between two snapshots, or between a snapshot and now: nodes, relationships (per property) and findings opened or closed',
        parameters: api.query(snapshotDiffQuery),
        responses: { 200: api.answer('/snapshots/diff'), 400: api.problem('bad parameter'), 404: api.problem('unknown snapshot') },
      },
    },
    '/snapshots/{id}': {
      get: {
        summary: "A snapshot's graph document (the JSON export's format), as a download; POST it to /import to load it again",
        parameters: [snapshotId],
        responses: { 200: api.answer('/snapshots/{id}'), 404: api.problem('unknown snapshot') },
      },
      delete: {
        summary: 'Delete a snapshot',
        security: [{ bearer: [] }],
        parameters: [snapshotId],
        responses: { 204: { description: 'deleted' }, 404: api.problem('unknown snapshot'), ...writeProblems(api) },
      },
    },
  };
}
