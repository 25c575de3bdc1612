// The OpenAPI schemas of a municipality's profile (server/src/domain/municipality-profile.ts), kept apart
// from openapi.ts because the profile is the largest answer the API gives.
import { FINDING_KINDS, RULE_IDS, SEVERITIES } from '../domain/findings';
import { COMPARISON_MEASURES } from '../domain/municipality-profile';
import { DOMAINS, FUNCTIONS, FUNDING_KINDS, LEGAL_FORMS, NETWORK_TYPES, ROLES, SECTORS } from '../domain/vocabulary';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const list = (items: object) => ({ type: 'array', items });
const object = (required: string[], properties: Record<string, object>) => ({ type: 'object', required, properties });
const summary = ref('NodeSummary');
const status = { enum: ['covered', 'partial', 'missing'] };
const perKind = object([...FINDING_KINDS], Object.fromEntries(FINDING_KINDS.map((kind) => [kind, { type: 'integer' }])));

export const profileSchemas = {
  FindingRef: object(['id', 'rule', 'kind', 'severity', 'message'], {
    id: { type: 'string' },
    rule: { enum: RULE_IDS },
    kind: { enum: FINDING_KINDS },
    severity: { enum: SEVERITIES },
    message: object(['nl', 'en'], { nl: { type: 'string' }, en: { type: 'string' } }),
  }),
  GovernanceStatus: object(['network', 'networkType', 'governanceModel'], {
    network: summary,
    networkType: { enum: NETWORK_TYPES },
    governanceModel: { type: 'boolean' },
    governanceModelDate: { type: 'string' },
  }),
  MunicipalityProfile: object(
    ['municipality', 'zones', 'neighbours', 'parameters', 'findingCounts', 'checklist', 'networks', 'partners', 'funding', 'roleConflicts', 'comparison'],
    {
      municipality: { allOf: [summary, { type: 'object', description: 'the municipality properties: nis, province, region, population, children0to3, children3to12' }] },
      zones: list(summary),
      neighbours: list(summary),
      parameters: { type: 'object', description: 'the rule parameters the findings were computed with' },
      findingCounts: { ...perKind, description: 'findings with the municipality as subject, per kind' },
      checklist: object(['networkTypes', 'functions'], {
        networkTypes: list(
          object(['networkType', 'expected', 'status', 'networks', 'findings'], {
            networkType: { enum: NETWORK_TYPES },
            expected: { type: 'boolean', description: 'a rule of the catalogue expects it' },
            status,
            networks: list(object(['network', 'directedBy'], { network: summary, directedBy: list(summary) })),
            findings: list(ref('FindingRef')),
          }),
        ),
        functions: list(
          object(['function', 'domain', 'expected', 'status', 'reach', 'offers', 'networks', 'neighbours', 'findings'], {
            function: { enum: FUNCTIONS },
            domain: { enum: DOMAINS },
            expected: { type: 'boolean' },
            status,
            reach: { enum: ['local', 'neighbour', 'none'] },
            offers: list(
              object(['offer', 'where'], { offer: summary, provider: summary, where: { enum: ['located', 'serves'] }, capacity: { type: 'number' } }),
            ),
            networks: list(summary),
            neighbours: list(summary),
            findings: list(ref('FindingRef')),
          }),
        ),
      }),
      networks: list(
        object(['network', 'networkType', 'directs', 'covered', 'governanceModel', 'partnerCount'], {
          network: summary,
          networkType: { enum: NETWORK_TYPES },
          directs: { type: 'boolean' },
          role: { enum: ROLES },
          seat: { enum: SECTORS },
          covered: { type: 'boolean' },
          governanceModel: { type: 'boolean' },
          governanceModelDate: { type: 'string' },
          partnerCount: { type: 'integer' },
        }),
      ),
      partners: list(
        object(['partner', 'operated', 'funding', 'networks', 'offers'], {
          partner: summary,
          sector: { enum: SECTORS },
          legalForm: { enum: LEGAL_FORMS },
          operated: { type: 'boolean' },
          funding: { type: 'number' },
          networks: list(
            object(['network', 'networkType', 'directs', 'covered'], {
              network: summary,
              networkType: { enum: NETWORK_TYPES },
              role: { enum: ROLES },
              seat: { enum: SECTORS },
              directs: { type: 'boolean' },
              covered: { type: 'boolean' },
            }),
          ),
          offers: list(summary),
        }),
      ),
      funding: object(['rows', 'byYear', 'byKind', 'byOrganisation', 'total'], {
        rows: list(
          object(['year', 'organisation', 'operated', 'amount'], {
            year: { type: 'integer' },
            kind: { enum: FUNDING_KINDS },
            organisation: summary,
            sector: { enum: SECTORS },
            legalForm: { enum: LEGAL_FORMS },
            operated: { type: 'boolean' },
            amount: { type: 'number' },
          }),
        ),
        byYear: list(object(['year', 'total', 'operated', 'others'], { year: { type: 'integer' }, total: { type: 'number' }, operated: { type: 'number' }, others: { type: 'number' } })),
        byKind: list(object(['kind', 'total'], { kind: { enum: [...FUNDING_KINDS, null] }, total: { type: 'number' } })),
        byOrganisation: list(object(['organisation', 'operated', 'total'], { organisation: summary, operated: { type: 'boolean' }, total: { type: 'number' } })),
        total: { type: 'number' },
      }),
      roleConflicts: object(['directed', 'conflicts'], {
        directed: list({
          allOf: [ref('GovernanceStatus'), object(['domains', 'conflicts'], { domains: list({ enum: DOMAINS }), conflicts: list({ type: 'string' }) })],
        }),
        conflicts: list(object(['finding', 'organisations'], { finding: ref('FindingRef'), network: ref('GovernanceStatus'), organisations: list(summary) })),
      }),
      comparison: object(['rows', 'standings'], {
        rows: list(
          object(['municipality', 'self', 'networkTypes', 'functionsReachable', 'findings'], {
            municipality: summary,
            self: { type: 'boolean' },
            networkTypes: list({ enum: NETWORK_TYPES }),
            functionsReachable: { type: 'integer' },
            childcarePer100: { type: 'number' },
            findings: perKind,
          }),
        ),
        standings: list(
          object(['measure', 'neighboursHigher', 'neighboursLower', 'neighboursEqual'], {
            measure: { enum: COMPARISON_MEASURES },
            value: { type: 'number' },
            neighboursHigher: { type: 'integer' },
            neighboursLower: { type: 'integer' },
            neighboursEqual: { type: 'integer' },
            position: { enum: ['fewer', 'alike', 'more'] },
          }),
        ),
      }),
    },
  ),
};
