// Helpers for the export tests: run an export into text or bytes, read a store's whole graph, and what
// a node and an edge look like after a round trip through graphology's GraphML and GEXF readers.
import type { GraphNode, Relationship } from '@knooppunt/server/domain/graph';
import { nodeName } from '@knooppunt/server/domain/graph';
import type { ExportFormat } from '@knooppunt/server/domain/export-format';
import { exportGraph } from '@knooppunt/server/export/export-graph';
import type { GraphStore } from '@knooppunt/server/store/graph-store';
import { SaxesParser } from 'saxes';

export const EXPORT_TIME = new Date('2025-05-06T07:08:09.000Z');

export async function exportBytes(store: GraphStore, format: ExportFormat, zone?: string): Promise<Uint8Array> {
  const graphExport = await exportGraph(store, { format, appVersion: 'test', now: EXPORT_TIME, ...(zone !== undefined ? { zone } : {}) });
  if (graphExport === undefined) throw new Error(`export-support: no zone ${zone}`);
  const parts: Uint8Array[] = [];
  for await (const chunk of graphExport.chunks) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts);
}

export async function exportText(store: GraphStore, format: ExportFormat, zone?: string): Promise<string> {
  return Buffer.from(await exportBytes(store, format, zone)).toString('utf8');
}

export async function wholeGraph(store: GraphStore): Promise<{ nodes: GraphNode[]; relationships: Relationship[] }> {
  const nodes: GraphNode[] = [];
  const relationships: Relationship[] = [];
  for await (const page of store.streamGraph()) {
    if (page.kind === 'nodes') nodes.push(...page.nodes);
    else relationships.push(...page.relationships);
  }
  return { nodes, relationships };
}

/** GraphML: the Knooppunt label as `label`, the properties with their own names and types. */
export function graphmlNodeAttributes(node: GraphNode): Record<string, unknown> {
  return { label: node.label, ...node.properties };
}

export function graphmlEdgeAttributes(relationship: Relationship): Record<string, unknown> {
  return { type: relationship.type, ...relationship.properties };
}

/** GEXF: the display name as `label`, the Knooppunt label as `knooppuntLabel`. */
export function gexfNodeAttributes(node: GraphNode): Record<string, unknown> {
  return { label: nodeName(node), knooppuntLabel: node.label, ...node.properties };
}

/**
 * An edge's GEXF label and kind are its type. graphology-gexf reads the `kind` attribute and an attvalue
 * titled `kind` into one attribute, so for a FUNDS edge with a kind the attvalue wins.
 */
export function gexfEdgeAttributes(relationship: Relationship): Record<string, unknown> {
  return { label: relationship.type, kind: relationship.type, ...relationship.properties };
}

/** What a strict XML 1.0 parser (saxes, with namespaces) finds wrong with a document; graphology's readers let much pass. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => problems.push(error.message));
  parser.write(xml).close();
  return problems;
}
