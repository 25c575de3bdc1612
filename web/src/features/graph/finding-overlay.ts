// Findings on the graph: a marker class on every node that is a finding's subject, and the focus on one
// finding (its subject selected, subject and related nodes highlighted, the rest faded; the edge layer
// draws the ties among them).
import type { FindingKind, Severity } from '@knooppunt/server/domain/findings';
import type { CollectionReturnValue, Core } from 'cytoscape';

/** A node's worst finding, as the findings feature computes it once per load. */
export interface NodeMarker {
  kind: FindingKind;
  severity: Severity;
  count: number;
}

export interface FindingFocus {
  id: string;
  subject: string;
  related: readonly string[];
}

const MARKED = 'finding-marked';
const MARK_CLASSES = [MARKED, 'mark-gap', 'mark-overlap', 'mark-conflict', 'mark-boundary', 'mark-high', 'mark-medium', 'mark-low'].join(' ');
const FOCUS_CLASSES = 'finding-focus finding-subject';

/**
 * Restyle in one batch: only previously marked nodes are cleared and only marked nodes are touched,
 * so a zone's graph stays responsive however many nodes it has.
 */
export function applyMarkers(cy: Core, markers: ReadonlyMap<string, NodeMarker>, show: boolean): void {
  cy.batch(() => {
    cy.nodes(`.${MARKED}`).removeClass(MARK_CLASSES);
    if (!show) return;
    for (const [id, marker] of markers) {
      const node = cy.getElementById(id);
      if (node.nonempty()) node.addClass(`${MARKED} mark-${marker.kind} mark-${marker.severity}`);
    }
  });
}

/** The nodes of the finding that are in the graph, subject first. */
export function focusNodes(cy: Core, focus: FindingFocus): CollectionReturnValue {
  let nodes = cy.collection();
  for (const id of [focus.subject, ...focus.related]) nodes = nodes.union(cy.getElementById(id));
  return nodes;
}

export function clearFocus(cy: Core): void {
  cy.elements(`.finding-focus`).removeClass(FOCUS_CLASSES);
}

/**
 * Select the subject and mark subject and related nodes; fade everything else. Returns the ids of the
 * finding's nodes in the graph: the edge layer draws the ties among them (edge-look.ts's focus).
 */
export function applyFocus(cy: Core, focus: FindingFocus): ReadonlySet<string> {
  const nodes = focusNodes(cy, focus);
  cy.batch(() => {
    cy.elements().removeClass(`faded highlighted ${FOCUS_CLASSES}`);
    cy.$(':selected').unselect();
    if (nodes.empty()) return;
    nodes.addClass('finding-focus highlighted');
    cy.getElementById(focus.subject).addClass('finding-subject').select();
    // The zone boxes around them stay readable; they are context, not noise.
    cy.elements().not(nodes).not(nodes.ancestors()).addClass('faded');
  });
  return new Set(nodes.map((node) => node.id()));
}
