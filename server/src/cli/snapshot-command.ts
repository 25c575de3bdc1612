// `knooppunt snapshot save|list|diff|delete`: snapshots of the graph in the active store, from the command line.
import { parseArgs } from 'node:util';
import type { Finding } from '../domain/findings';
import { DEFAULT_DIFF_LIMIT, NOW, SnapshotNameError, type SnapshotDiffResponse, type SnapshotSummary } from '../domain/snapshot';
import { compareSnapshots, UnknownSnapshotError } from '../snapshots/compare-snapshots';
import { saveSnapshot } from '../snapshots/snapshot-service';
import type { GraphStore } from '../store/graph-store';
import type { CommandIo } from './import-command';

export const SNAPSHOT_USAGE = `usage: knooppunt snapshot save <name>
       knooppunt snapshot list [--json]
       knooppunt snapshot diff <from> [<to>|now] [--json] [--limit N]
       knooppunt snapshot delete <id>`;

export type SnapshotInvocation =
  | { action: 'save'; name: string }
  | { action: 'list'; json: boolean }
  | { action: 'diff'; from: string; to: string; json: boolean; limit: number }
  | { action: 'delete'; id: string };

/** The invocation, or undefined when the arguments do not make one (the caller prints the usage). */
export function parseSnapshotArguments(args: readonly string[]): SnapshotInvocation | undefined {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { json: { type: 'boolean', default: false }, limit: { type: 'string' } } });
  } catch {
    // An unknown option: the usage says which there are.
    return undefined;
  }
  const { values, positionals } = parsed;
  const [action, ...rest] = positionals;
  const json = values.json ?? false;
  const limit = values.limit === undefined ? DEFAULT_DIFF_LIMIT : Number(values.limit);
  if (!Number.isSafeInteger(limit) || limit < 1) return undefined;
  // --json and --limit belong to list and diff only.
  const plain = !json && values.limit === undefined;
  if (action === 'save' && rest.length === 1 && plain) return { action, name: rest[0]! };
  if (action === 'list' && rest.length === 0 && values.limit === undefined) return { action, json };
  if (action === 'diff' && (rest.length === 1 || rest.length === 2)) return { action, from: rest[0]!, to: rest[1] ?? NOW, json, limit };
  if (action === 'delete' && rest.length === 1 && plain) return { action, id: rest[0]! };
  return undefined;
}

const counted = (summary: SnapshotSummary) =>
  `${summary.counts.nodes.toLocaleString('en')} nodes, ${summary.counts.relationships.toLocaleString('en')} relationships`;

function listLines(snapshots: readonly SnapshotSummary[]): string[] {
  if (snapshots.length === 0) return ['no snapshots yet; save one with: knooppunt snapshot save <name>'];
  const rows = snapshots.map((snapshot) => [snapshot.id, snapshot.createdAt, String(snapshot.counts.nodes), String(snapshot.counts.relationships), snapshot.name]);
  const header = ['ID', 'CREATED', 'NODES', 'RELATIONSHIPS', 'NAME'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ');
  return [line(header), ...rows.map(line)];
}

/** How many entries of each list the readable summary shows; --json gives them all (up to --limit). */
const SHOWN = 20;

function section<T>(title: string, entries: readonly T[], total: number, describe: (entry: T) => string): string[] {
  if (total === 0) return [];
  const shown = entries.slice(0, SHOWN).map((entry) => `  ${describe(entry)}`);
  const more = total - shown.length;
  return ['', `${title} (${total}):`, ...shown, ...(more > 0 ? [`  … and ${more} more (see --json)`] : [])];
}

const sideName = (side: SnapshotDiffResponse['from']) => (side.id === NOW ? 'now' : `${side.id} "${side.name ?? ''}"`);
const value = (scalar: unknown) => (scalar === undefined ? '∅' : JSON.stringify(scalar));
const finding = (entry: Finding) => `${entry.severity.padEnd(6)}  ${entry.rule}  ${entry.subject}  ${entry.message.nl}`;

function diffLines(diff: SnapshotDiffResponse): string[] {
  const { counts, nodes, relationships, findings } = diff;
  const changes = (list: { property: string; before?: unknown; after?: unknown }[]) =>
    list.map((change) => `${change.property} ${value(change.before)} → ${value(change.after)}`).join(', ');
  return [
    `${sideName(diff.from)} → ${sideName(diff.to)}`,
    `nodes:          +${counts.nodesAdded}  -${counts.nodesRemoved}  ~${counts.nodesChanged}`,
    `relationships:  +${counts.relationshipsAdded}  -${counts.relationshipsRemoved}  ~${counts.relationshipsChanged}`,
    `findings:       ${counts.findingsOpened} opened, ${counts.findingsClosed} closed`,
    ...section('nodes added', nodes.added, counts.nodesAdded, (node) => `${node.label} ${node.id}  ${node.name}`),
    ...section('nodes removed', nodes.removed, counts.nodesRemoved, (node) => `${node.label} ${node.id}  ${node.name}`),
    ...section('nodes changed', nodes.changed, counts.nodesChanged, (node) => `${node.label} ${node.id}  ${node.name}: ${changes(node.changes)}`),
    ...section('relationships added', relationships.added, counts.relationshipsAdded, (r) => `${r.fromName} -${r.type}-> ${r.toName}`),
    ...section('relationships removed', relationships.removed, counts.relationshipsRemoved, (r) => `${r.fromName} -${r.type}-> ${r.toName}`),
    ...section('relationships changed', relationships.changed, counts.relationshipsChanged, (r) => `${r.fromName} -${r.type}-> ${r.toName}: ${changes(r.changes)}`),
    ...section('findings opened', findings.opened, counts.findingsOpened, finding),
    ...section('findings closed', findings.closed, counts.findingsClosed, finding),
  ];
}

export async function snapshotCommand(store: GraphStore, invocation: SnapshotInvocation, appVersion: string, io: CommandIo): Promise<number> {
  switch (invocation.action) {
    case 'save': {
      try {
        const saved = await saveSnapshot(store, invocation.name, appVersion);
        io.out(`saved snapshot ${saved.id} "${saved.name}" in ${store.location}: ${counted(saved)}`);
        return 0;
      } catch (error) {
        if (!(error instanceof SnapshotNameError)) throw error;
        io.err(error.message);
        return 2;
      }
    }
    case 'list': {
      const snapshots = await store.listSnapshots();
      if (invocation.json) io.out(JSON.stringify(snapshots, null, 2));
      else for (const line of listLines(snapshots)) io.out(line);
      return 0;
    }
    case 'diff': {
      try {
        const diff = await compareSnapshots(store, invocation.from, invocation.to, invocation.limit);
        if (invocation.json) io.out(JSON.stringify(diff, null, 2));
        else for (const line of diffLines(diff)) io.out(line);
        return 0;
      } catch (error) {
        if (!(error instanceof UnknownSnapshotError)) throw error;
        io.err(`${error.side}: ${error.message}; knooppunt snapshot list shows them`);
        return 1;
      }
    }
    case 'delete': {
      if (await store.deleteSnapshot(invocation.id)) {
        io.out(`deleted snapshot ${invocation.id}`);
        return 0;
      }
      io.err(`no snapshot "${invocation.id}"; knooppunt snapshot list shows them`);
      return 1;
    }
  }
}
