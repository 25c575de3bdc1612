// The legend for what is in view: shapes per label, colours per network type, sector and domain (or the classes of
// the chosen colouring, with their counts), edge styles.
import type { Subgraph } from '@knooppunt/server/domain/graph';
import {
  DOMAINS,
  FUNCTION_DOMAIN,
  NETWORK_TYPES,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NetworkType,
  type RelationshipType,
  type Sector,
  type ServiceDomain,
} from '@knooppunt/server/domain/vocabulary';
import { useMemo } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import { DOMAIN_COLOUR, LABEL_COLOUR, NETWORK_TYPE_COLOUR, RELATIONSHIP_STYLE, SECTOR_COLOUR } from '../../lib/palette';
import { ShapeIcon } from '../../lib/ShapeIcon';
import type { ColourMeasure, SizeMeasure } from '../../lib/explorer-state';
import type { NodeColouring } from './styling/node-colour';
import { ColourClasses } from './styling/ColourClasses';
import { useStylingText } from './styling/styling-text';

function presentKinds(subgraph: Subgraph) {
  const networkTypes = new Set<NetworkType>();
  const sectors = new Set<Sector>();
  const domains = new Set<ServiceDomain>();
  const relationships = new Set<RelationshipType>();
  const labels = new Set(subgraph.nodes.map((node) => node.label));
  for (const node of subgraph.nodes) {
    if (node.label === 'Network') networkTypes.add(node.properties.type);
    if (node.label === 'Organisation') sectors.add(node.properties.sector);
    if (node.label === 'Offer') domains.add(FUNCTION_DOMAIN[node.properties.function]);
  }
  for (const rel of subgraph.relationships) relationships.add(rel.type);
  return { labels, networkTypes, sectors, domains, relationships };
}

function Swatch({ colour }: { colour: string }) {
  return <span className="swatch" style={{ background: colour }} aria-hidden="true" />;
}

function EdgeSample({ type }: { type: RelationshipType }) {
  const edge = RELATIONSHIP_STYLE[type];
  const dash = edge.line === 'dashed' ? '4 3' : edge.line === 'dotted' ? '1.5 2.5' : undefined;
  return (
    <svg className="edge-sample" viewBox="0 0 28 8" width="28" height="8" aria-hidden="true">
      <line x1="1" y1="4" x2={edge.arrow ? 21 : 27} y2="4" stroke={edge.colour} strokeWidth={edge.width + 0.3} strokeDasharray={dash} />
      {edge.arrow && <path d="M20 0.5L27 4L20 7.5z" fill={edge.colour} />}
    </svg>
  );
}

export interface LegendProps {
  subgraph: Subgraph;
  colourBy: ColourMeasure;
  /** The chosen colouring's classes; undefined for the standard colours. */
  colouring: NodeColouring | undefined;
  sizeBy: SizeMeasure;
}

export function Legend({ subgraph, colourBy, colouring, sizeBy }: LegendProps) {
  const { t, vocab } = useI18n();
  const text = useStylingText();
  const kinds = useMemo(() => presentKinds(subgraph), [subgraph]);
  const standard = colourBy === 'standard' || colouring === undefined;
  return (
    <details className="legend" open>
      <summary>{t.legendTitle}</summary>
      {sizeBy !== 'kind' && (
        <p className="legend-size" data-testid="legend-size">
          {text.sizeNote(text.size[sizeBy])}
          {sizeBy === 'betweenness' && <span className="legend-size__note"> {text.betweennessNote}</span>}
        </p>
      )}
      <h3>{t.legendShapes}</h3>
      <ul>
        {NODE_LABELS.filter((label) => kinds.labels.has(label)).map((label) => (
          <li key={label}>
            <ShapeIcon label={label} colour={LABEL_COLOUR[label]} /> {vocab.label[label]}
          </li>
        ))}
        {kinds.labels.has('Zone') && (
          <li>
            <span className="compound-sample" aria-hidden="true" /> {t.legendCompound}
          </li>
        )}
      </ul>
      {!standard && <ColourClasses measure={colourBy} colouring={colouring} testId="legend-colours" />}
      {standard && kinds.networkTypes.size > 0 && (
        <>
          <h3>{t.legendNetworkTypes}</h3>
          <ul>
            {NETWORK_TYPES.filter((type) => kinds.networkTypes.has(type)).map((type) => (
              <li key={type}>
                <Swatch colour={NETWORK_TYPE_COLOUR[type]} /> {vocab.networkType[type]}
              </li>
            ))}
          </ul>
        </>
      )}
      {standard && kinds.sectors.size > 0 && (
        <>
          <h3>{t.legendSectors}</h3>
          <ul>
            {[...kinds.sectors].sort().map((sector) => (
              <li key={sector}>
                <Swatch colour={SECTOR_COLOUR[sector]} /> {vocab.sector[sector]}
              </li>
            ))}
          </ul>
        </>
      )}
      {standard && kinds.domains.size > 0 && (
        <>
          <h3>{t.legendDomains}</h3>
          <ul>
            {DOMAINS.filter((domain) => kinds.domains.has(domain)).map((domain) => (
              <li key={domain}>
                <Swatch colour={DOMAIN_COLOUR[domain]} /> {vocab.domain[domain]}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t.legendEdges}</h3>
      <ul>
        {RELATIONSHIP_TYPES.filter((type) => kinds.relationships.has(type)).map((type) => (
          <li key={type}>
            <EdgeSample type={type} /> {vocab.relationship[type].name}
          </li>
        ))}
      </ul>
    </details>
  );
}
