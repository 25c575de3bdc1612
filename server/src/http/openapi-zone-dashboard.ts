// The OpenAPI schemas of a zone's dashboard (server/src/domain/zone-dashboard.ts), kept apart from openapi.ts
// like the municipality profile's, so the two answers' descriptions do not crowd the route list.
import { NETWORK_TYPES, NODE_LABELS, ROLES, SECTORS } from '../domain/vocabulary';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const list = (items: object) => ({ type: 'array', items });
const object = (required: string[], properties: Record<string, object>) => ({ type: 'object', required, properties });
const summary = ref('NodeSummary');
const sector = { enum: SECTORS };
const share = { type: 'number', minimum: 0, maximum: 1 };

export const zoneDashboardSchemas = {
  Zorgraad: object(['network', 'members', 'bySeat', 'bySector', 'byRole', 'missingSectors'], {
    network: summary,
    members: list(
      object(['member', 'role', 'seat', 'sector'], {
        member: summary,
        role: { enum: ROLES },
        seat: { ...sector, description: 'MEMBER_OF.sector, else the organisation sector, else lokaal_bestuur' },
        sector: { ...sector, description: "the member's own sector (lokaal_bestuur for a municipality)" },
      }),
    ),
    bySeat: list(object(['sector', 'count', 'required'], { sector, count: { type: 'integer' }, required: { type: 'boolean' } })),
    bySector: list(object(['sector', 'count'], { sector, count: { type: 'integer' } })),
    byRole: list(object(['role', 'count'], { role: { enum: ROLES }, count: { type: 'integer' } })),
    missingSectors: list(object(['sector', 'finding'], { sector, finding: { type: 'string', description: 'the GAP_ZORGRAAD_SECTOR_MISSING finding id' } })),
  }),
  CollaborationMetrics: object(['size', 'betweenness', 'brokers', 'communities', 'modularity', 'alignment'], {
    size: object(['nodes', 'edges', 'municipalities', 'networks', 'organisations'], {
      nodes: { type: 'integer' },
      edges: { type: 'integer' },
      municipalities: { type: 'integer' },
      networks: { type: 'integer' },
      organisations: { type: 'integer' },
    }),
    betweenness: object(['method'], { method: { enum: ['exact', 'sampled'] }, pivots: { type: 'integer', description: 'source nodes sampled (sampled only)' } }),
    brokers: list(
      object(['node', 'degree', 'degreeCentrality', 'betweenness', 'municipalities', 'community'], {
        node: summary,
        degree: { type: 'integer' },
        degreeCentrality: share,
        betweenness: { ...share, description: 'normalised betweenness centrality' },
        municipalities: { type: 'integer', description: 'distinct home municipalities among its neighbours' },
        community: { type: 'integer' },
      }),
    ),
    communities: list(
      object(['id', 'size', 'sizeByLabel', 'homed', 'share', 'core'], {
        id: { type: 'integer', description: '1 for the largest' },
        size: { type: 'integer' },
        sizeByLabel: { type: 'object', propertyNames: { enum: NODE_LABELS }, additionalProperties: { type: 'integer' } },
        homed: { type: 'integer' },
        dominant: summary,
        share: { ...share, description: 'members with the dominant home municipality ÷ members with a home' },
        core: list(summary),
      }),
    ),
    modularity: { type: 'number' },
    alignment: object(['homed', 'unhomed', 'purity', 'nmi'], {
      homed: { type: 'integer' },
      unhomed: { type: 'integer' },
      purity: share,
      nmi: { type: ['number', 'null'], minimum: 0, maximum: 1, description: 'normalised mutual information of community and home municipality; null with fewer than two homes' },
    }),
  }),
  ZoneDashboard: object(
    ['zone', 'municipalities', 'requiredSectors', 'zorgraden', 'absentMunicipalities', 'borderNetworks', 'crossZoneOrganisations', 'collaboration', 'findings'],
    {
      zone: summary,
      municipalities: list(summary),
      requiredSectors: list(sector),
      zorgraden: list(ref('Zorgraad')),
      absentMunicipalities: list(object(['municipality', 'finding'], { municipality: summary, finding: { type: 'string' } })),
      borderNetworks: list(
        object(['network', 'type', 'inside', 'outside', 'otherZones'], {
          network: summary,
          type: { enum: NETWORK_TYPES },
          inside: list(summary),
          outside: list(summary),
          otherZones: list(summary),
        }),
      ),
      crossZoneOrganisations: list(object(['organisation', 'sector', 'outside', 'otherZones'], { organisation: summary, sector, outside: list(summary), otherZones: list(summary) })),
      collaboration: ref('CollaborationMetrics'),
      findings: list(ref('Finding')),
    },
  ),
};
