// The OpenAPI paths and schemas of /api/snapshots (routes/snapshot-routes.ts), kept apart from openapi.ts
// like the other large parts of the API.
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../domain/vocabulary';
import { DEFAULT_DIFF_LIMIT, SNAPSHOT_NAME_MAX_LENGTH } from '../domain/snapshot';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const list = (items: object) => ({ type: 'array', items });
const object = (required: string[], properties: Record<string, object>) => ({ type: 'object', required, properties });

const snapshotId = { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'a snapshot id, e.g. 20260105-143012-3fa2c1' };
const counts = object(['nodes', 'relationships'], { nodes: { type: 'integer' }, relationships: { type: 'integer' } });
const writeProblems = {
  401: problem('missing or wrong token'),
  403: problem('write endpoints disabled (no KNOOPPUNT_TOKEN)'),
  429: { ...problem('too many wrong tokens from this client; Retry-After says when to try again'), headers: { 'retry-after': { description: 'seconds to wait', schema: { type: 'integer' } } } },
};

export const snapshotPaths = {
  '/snapshots': {
    get: { summary: 'The snapshots kept in the active store, newest first', responses: { 200: { description: 'ok', ...json(list(ref('SnapshotSummary'))) } } },
    post: {
      summary: 'Save the graph as it is now as a named, dated snapshot in the active store',
      security: [{ bearer: [] }],
      requestBody: {
        required: true,
        ...json(object(['name'], { name: { type: 'string', minLength: 1, maxLength: SNAPSHOT_NAME_MAX_LENGTH, description: 'trimmed; no line breaks' } })),
      },
      responses: { 201: { description: 'saved (Location: /api/snapshots/{id})', ...json(ref('SnapshotSummary')) }, 400: problem('bad name or body'), ...writeProblems },
    },
  },
  '/snapshots/diff': {
    get: {
      summary: 'What changed between two snapshots, or between a snapshot and now: nodes, relationships (per property) and findings opened or closed',
      parameters: [
        { name: 'from', in: 'query', required: true, schema: { type: 'string' }, description: 'a snapshot id (or now)' },
        { name: 'to', in: 'query', schema: { type: 'string', default: 'now' }, description: 'a snapshot id, or now' },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100_000, default: DEFAULT_DIFF_LIMIT }, description: 'the most entries per list; counts are always whole' },
      ],
      responses: { 200: { description: 'ok', ...json(ref('SnapshotDiff')) }, 400: problem('bad parameter'), 404: problem('unknown snapshot') },
    },
  },
  '/snapshots/{id}': {
    get: {
      summary: "A snapshot's graph document (the JSON export's format), as a download; POST it to /import to load it again",
      parameters: [snapshotId],
      responses: { 200: { description: 'the graph document', ...json({ type: 'object' }) }, 404: problem('unknown snapshot') },
    },
    delete: {
      summary: 'Delete a snapshot',
      security: [{ bearer: [] }],
      parameters: [snapshotId],
      responses: { 204: { description: 'deleted' }, 404: problem('unknown snapshot'), ...writeProblems },
    },
  },
};

const change = object(['property'], { property: { type: 'string' }, before: {}, after: {} });
const nodeEntry = { id: { type: 'string' }, label: { enum: NODE_LABELS }, name: { type: 'string' } };
const relationshipEntry = {
  id: { type: 'string' },
  type: { enum: RELATIONSHIP_TYPES },
  from: { type: 'string' },
  to: { type: 'string' },
  fromName: { type: 'string' },
  toName: { type: 'string' },
};
const side = object(['id', 'counts'], { id: { type: 'string' }, name: { type: 'string' }, createdAt: { type: 'string' }, contentHash: { type: 'string' }, counts });
const diffCounts = [
  'nodesAdded',
  'nodesRemoved',
  'nodesChanged',
  'relationshipsAdded',
  'relationshipsRemoved',
  'relationshipsChanged',
  'findingsOpened',
  'findingsClosed',
];

export const snapshotSchemas = {
  SnapshotSummary: object(['id', 'name', 'createdAt', 'counts'], {
    id: { type: 'string' },
    name: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    contentHash: { type: 'string' },
    counts,
  }),
  SnapshotDiff: object(['from', 'to', 'limit', 'truncated', 'counts', 'nodes', 'relationships', 'findings'], {
    from: side,
    to: side,
    limit: { type: 'integer' },
    truncated: { type: 'boolean', description: 'some list was cut at limit' },
    counts: object(diffCounts, Object.fromEntries(diffCounts.map((name) => [name, { type: 'integer' }]))),
    nodes: object(['added', 'removed', 'changed'], {
      added: list(object(Object.keys(nodeEntry), nodeEntry)),
      removed: list(object(Object.keys(nodeEntry), nodeEntry)),
      changed: list(object([...Object.keys(nodeEntry), 'changes'], { ...nodeEntry, changes: list(change) })),
    }),
    relationships: object(['added', 'removed', 'changed'], {
      added: list(object(Object.keys(relationshipEntry), relationshipEntry)),
      removed: list(object(Object.keys(relationshipEntry), relationshipEntry)),
      changed: list(object([...Object.keys(relationshipEntry), 'changes'], { ...relationshipEntry, changes: list(change) })),
    }),
    findings: object(['opened', 'closed'], { opened: list(ref('Finding')), closed: list(ref('Finding')) }),
  }),
};
