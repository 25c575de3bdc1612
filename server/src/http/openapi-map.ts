// The OpenAPI shapes of GET /api/map and GET /api/geo/boundaries (the map's facts and its geometry).
import { RULE_IDS, SEVERITIES } from '../domain/findings';
import { NETWORK_TYPES } from '../domain/vocabulary';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const mapSchemas = {
  RuleTally: {
    type: 'object',
    description: 'Findings counted per rule and severity; absent entries are 0',
    propertyNames: { enum: [...RULE_IDS] },
    additionalProperties: { type: 'object', propertyNames: { enum: [...SEVERITIES] }, additionalProperties: { type: 'integer', minimum: 1 } },
  },
  MapMunicipality: {
    type: 'object',
    required: ['nis', 'name', 'zones', 'networks', 'findings'],
    properties: {
      nis: { type: 'string', pattern: '^\\d{5}$' },
      name: { type: 'string' },
      zones: { type: 'array', items: { type: 'string' } },
      networks: { type: 'object', propertyNames: { enum: [...NETWORK_TYPES] }, additionalProperties: { type: 'array', items: { type: 'string' } } },
      childcarePer100: { type: 'number' },
      findings: ref('RuleTally'),
    },
  },
  MapOverview: {
    type: 'object',
    required: ['municipalities', 'zones', 'networks', 'continuity', 'findings'],
    properties: {
      municipalities: { type: 'array', items: ref('MapMunicipality') },
      zones: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'name', 'municipalities', 'findings'],
          properties: { id: { type: 'string' }, name: { type: 'string' }, municipalities: { type: 'array', items: { type: 'string' } }, findings: ref('RuleTally') },
        },
      },
      networks: {
        type: 'array',
        items: { type: 'object', required: ['id', 'name', 'type'], properties: { id: { type: 'string' }, name: { type: 'string' }, type: { enum: [...NETWORK_TYPES] } } },
      },
      continuity: {
        type: 'array',
        items: {
          type: 'object',
          required: ['finding', 'networkType', 'uncovered', 'covered'],
          properties: { finding: { type: 'string' }, networkType: { enum: [...NETWORK_TYPES] }, uncovered: { type: 'string' }, covered: { type: 'string' } },
        },
      },
      findings: ref('RuleTally'),
    },
  },
} as const;
