// Every JSON answer of the API's GET routes, by OpenAPI path: the schema the OpenAPI document describes
// the 200 answer with (openapi.ts), and the one tests check the served answers against.
import { z } from 'zod';
import {
  centroidSchema,
  healthResponseSchema,
  nodeDetailSchema,
  searchHitSchema,
  zoneSummarySchema,
} from '../domain/api.schema';
import { coverageResponseSchema } from '../domain/coverage.schema';
import { findingSchema } from '../domain/findings.schema';
import { graphDocumentSchema } from '../domain/graph-document.schema';
import { subgraphSchema } from '../domain/graph.schema';
import { mapOverviewSchema } from '../domain/map-overview.schema';
import { municipalityProfileSchema } from '../domain/municipality-profile.schema';
import { overviewSchema } from '../domain/overview.schema';
import { snapshotDiffResponseSchema, snapshotSummarySchema } from '../domain/snapshot.schema';
import { zoneDashboardSchema } from '../domain/zone-dashboard.schema';

/** The municipality boundaries: a TopoJSON topology, described only as far as the web app relies on it. */
export const topologySchema = z
  .looseObject({
    type: z.literal('Topology'),
    objects: z.record(z.string(), z.looseObject({ type: z.string() })),
    arcs: z.array(z.array(z.array(z.number()))),
  })
  .meta({ id: 'Topology' });

export const GET_ANSWERS = {
  '/health': healthResponseSchema,
  '/overview': overviewSchema,
  '/zones': z.array(zoneSummarySchema),
  '/zones/{id}/graph': subgraphSchema,
  '/zones/{id}/dashboard': zoneDashboardSchema,
  '/municipalities/{nis}/graph': subgraphSchema,
  '/municipalities/{nis}/profile': municipalityProfileSchema,
  '/nodes/{id}': nodeDetailSchema,
  '/nodes/{id}/neighbourhood': subgraphSchema,
  '/search': z.array(searchHitSchema),
  '/findings': z.array(findingSchema),
  '/coverage': coverageResponseSchema,
  '/map': mapOverviewSchema,
  '/geo/boundaries': topologySchema,
  '/geo/centroids': z.array(centroidSchema),
  '/snapshots': z.array(snapshotSummarySchema),
  '/snapshots/diff': snapshotDiffResponseSchema,
  '/snapshots/{id}': graphDocumentSchema,
} as const satisfies Record<string, z.ZodType>;
export type AnsweredPath = keyof typeof GET_ANSWERS;
