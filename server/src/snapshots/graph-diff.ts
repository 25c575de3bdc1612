// What changed between two graphs (two snapshots, or a snapshot and now): nodes and relationships
// added, removed and changed property by property, and the findings that opened or closed. Pure: the
// graphs come in as values, the rule catalogue runs on in-memory graphs built from them.
import { runRules } from '../analysis/run-rules';
import { DEFAULT_RULE_PARAMETERS, type Finding } from '../domain/findings';
import { nodeName, type GraphNode, type Relationship } from '../domain/graph';
import type {
  GraphDiff,
  NodeChange,
  NodeDiffEntry,
  PropertyChange,
  RelationshipChange,
  RelationshipDiffEntry,
} from '../domain/snapshot';
import { applyImport } from '../graph/apply-import';
import type { GraphContent } from '../graph/dataset-to-graph';
import { compareIds, createGraph } from '../graph/knooppunt-graph';

type Scalar = string | number | boolean;

/** Our property types are flat scalars (docs/graph-model.md); TypeScript cannot see that an interface has no other members. */
const scalars = (properties: object): Record<string, Scalar> => properties as Record<string, Scalar>;

/** Everything that can change about a node: its label and properties, flat as in the graph document. */
const nodeFields = (node: GraphNode): Record<string, Scalar> => ({ ...scalars(node.properties), label: node.label });

/** Everything that can change about a relationship: type, ends and properties. */
const relationshipFields = (relationship: Relationship): Record<string, Scalar> => ({
  ...scalars(relationship.properties),
  type: relationship.type,
  from: relationship.from,
  to: relationship.to,
});

function propertyChanges(before: Record<string, Scalar>, after: Record<string, Scalar>): PropertyChange[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareIds);
  return names.flatMap((property) => {
    const [was, is] = [before[property], after[property]];
    if (was === is) return [];
    return [{ property, ...(was === undefined ? {} : { before: was }), ...(is === undefined ? {} : { after: is }) }];
  });
}

function nameIn(nodes: ReadonlyMap<string, GraphNode>, id: string): string {
  const node = nodes.get(id);
  return node === undefined ? id : nodeName(node);
}

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((item) => [item.id, item]));
const sortById = <T extends { id: string }>(items: T[]): T[] => items.sort((a, b) => compareIds(a.id, b.id));

interface Compared<T> {
  added: T[];
  removed: T[];
  changed: { before: T; after: T; changes: PropertyChange[] }[];
}

/** Most of a graph is unchanged between two snapshots, so equal properties are told apart without allocating. */
function sameProperties(a: object, b: object): boolean {
  const [was, is] = [scalars(a), scalars(b)];
  let present = 0;
  for (const key in was) {
    if (was[key] !== is[key]) return false;
    present += 1;
  }
  for (const key in is) if (is[key] !== undefined) present -= 1;
  return present === 0;
}

const sameNode = (a: GraphNode, b: GraphNode): boolean => a.label === b.label && sameProperties(a.properties, b.properties);

const sameRelationship = (a: Relationship, b: Relationship): boolean =>
  a.type === b.type && a.from === b.from && a.to === b.to && sameProperties(a.properties, b.properties);

function compare<T extends { id: string }>(
  before: ReadonlyMap<string, T>,
  after: ReadonlyMap<string, T>,
  same: (a: T, b: T) => boolean,
  fields: (item: T) => Record<string, Scalar>,
): Compared<T> {
  const result: Compared<T> = { added: [], removed: [], changed: [] };
  for (const [id, was] of before) {
    const is = after.get(id);
    if (is === undefined) result.removed.push(was);
    else if (!same(was, is)) result.changed.push({ before: was, after: is, changes: propertyChanges(fields(was), fields(is)) });
  }
  for (const [id, is] of after) if (!before.has(id)) result.added.push(is);
  return result;
}

function findings(content: GraphContent): Map<string, Finding> {
  return byId(runRules(applyImport(createGraph(), content, true), DEFAULT_RULE_PARAMETERS));
}

/** `before` → `after`. Names come from the side an entry exists on; for an entry on both, from `after`. */
export function diffGraphs(before: GraphContent, after: GraphContent): GraphDiff {
  const nodesBefore = byId(before.nodes);
  const nodesAfter = byId(after.nodes);
  const nodeEntry = (node: GraphNode): NodeDiffEntry => ({ id: node.id, label: node.label, name: nodeName(node) });
  /** A relationship's ends are on its own side (a document's edges join its own nodes). */
  const relationshipEntry =
    (side: ReadonlyMap<string, GraphNode>) =>
    ({ id, type, from, to }: Relationship): RelationshipDiffEntry => ({ id, type, from, to, fromName: nameIn(side, from), toName: nameIn(side, to) });

  const nodes = compare(nodesBefore, nodesAfter, sameNode, nodeFields);
  const relationships = compare(byId(before.relationships), byId(after.relationships), sameRelationship, relationshipFields);
  const findingsBefore = findings(before);
  const findingsAfter = findings(after);
  const opened = sortById([...findingsAfter.values()].filter((finding) => !findingsBefore.has(finding.id)));
  const closed = sortById([...findingsBefore.values()].filter((finding) => !findingsAfter.has(finding.id)));

  return {
    counts: {
      nodesAdded: nodes.added.length,
      nodesRemoved: nodes.removed.length,
      nodesChanged: nodes.changed.length,
      relationshipsAdded: relationships.added.length,
      relationshipsRemoved: relationships.removed.length,
      relationshipsChanged: relationships.changed.length,
      findingsOpened: opened.length,
      findingsClosed: closed.length,
    },
    nodes: {
      added: sortById(nodes.added.map(nodeEntry)),
      removed: sortById(nodes.removed.map(nodeEntry)),
      changed: sortById(nodes.changed.map(({ after: node, changes }): NodeChange => ({ ...nodeEntry(node), changes }))),
    },
    relationships: {
      added: sortById(relationships.added.map(relationshipEntry(nodesAfter))),
      removed: sortById(relationships.removed.map(relationshipEntry(nodesBefore))),
      changed: sortById(
        relationships.changed.map(({ after: relationship, changes }): RelationshipChange => ({ ...relationshipEntry(nodesAfter)(relationship), changes })),
      ),
    },
    findings: { opened, closed },
  };
}

/** The diff with each list cut at `limit` (the counts stay whole); `truncated` tells whether any list was cut. */
export function limitDiff(diff: GraphDiff, limit: number): { diff: GraphDiff; truncated: boolean } {
  let truncated = false;
  const cut = <T>(items: T[]): T[] => {
    if (items.length <= limit) return items;
    truncated = true;
    return items.slice(0, limit);
  };
  const limited: GraphDiff = {
    counts: diff.counts,
    nodes: { added: cut(diff.nodes.added), removed: cut(diff.nodes.removed), changed: cut(diff.nodes.changed) },
    relationships: {
      added: cut(diff.relationships.added),
      removed: cut(diff.relationships.removed),
      changed: cut(diff.relationships.changed),
    },
    findings: { opened: cut(diff.findings.opened), closed: cut(diff.findings.closed) },
  };
  return { diff: limited, truncated };
}
