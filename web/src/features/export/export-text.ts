// The export menu's strings, Dutch (nl-BE) first.
import type { ExportFormat } from '@knooppunt/server/domain/export-format';
import { useI18n } from '../../lib/i18n/i18n';

const nl = {
  button: 'Exporteren',
  panelLabel: 'Exporteren',
  dataTitle: 'Gegevens downloaden',
  scopeLabel: 'Welke graaf',
  scopeZone: (name: string) => `Zone ${name}`,
  scopeAll: 'Alles (Vlaanderen en Brussel)',
  formats: {
    json: ['JSON', 'graphology-document, met metadata'],
    graphml: ['GraphML', 'yEd, NetworkX, igraph'],
    gexf: ['GEXF', 'voor Gephi'],
    csv: ['CSV', 'tabellen in een zip, voor Excel of R'],
    cypher: ['Cypher', 'script voor een lege Neo4j'],
  } satisfies Record<ExportFormat, [string, string]>,
  metadataNote: 'Elke download vermeldt het tijdstip, de versie, de inhoudshash en wat erin zit, zodat een analyse herhaalbaar is.',
  imageTitle: 'Afbeelding van deze weergave',
  png: ['PNG', 'hoge resolutie, witte achtergrond'] as [string, string],
  svg: ['SVG', 'vectorafbeelding, schaalbaar'] as [string, string],
  imageUnavailable: 'Toon de graaf om er een afbeelding van te maken.',
  imageFailed: 'De afbeelding kon niet gemaakt worden.',
};

export type ExportText = typeof nl;

const en: ExportText = {
  button: 'Export',
  panelLabel: 'Export',
  dataTitle: 'Download the data',
  scopeLabel: 'Which graph',
  scopeZone: (name: string) => `Zone ${name}`,
  scopeAll: 'Everything (Flanders and Brussels)',
  formats: {
    json: ['JSON', 'graphology document, with metadata'],
    graphml: ['GraphML', 'yEd, NetworkX, igraph'],
    gexf: ['GEXF', 'for Gephi'],
    csv: ['CSV', 'tables in a zip, for Excel or R'],
    cypher: ['Cypher', 'script for an empty Neo4j'],
  },
  metadataNote: 'Every download states its time, the version, the content hash and what it holds, so an analysis can be repeated.',
  imageTitle: 'Image of this view',
  png: ['PNG', 'high resolution, white background'],
  svg: ['SVG', 'vector image, scalable'],
  imageUnavailable: 'Show the graph to make an image of it.',
  imageFailed: 'The image could not be made.',
};

export function useExportText(): ExportText {
  return useI18n().lang === 'en' ? en : nl;
}
