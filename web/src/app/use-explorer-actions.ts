// What the explorer's controls do to its state: open a zone, select, expand, follow a search hit.
import type { SearchHit } from '@knooppunt/server/domain/api';
import type { Finding, RuleId } from '@knooppunt/server/domain/findings';
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { bareId } from '@knooppunt/server/domain/ids';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { nodeQueryOptions } from '../features/node-panel/api/get-node';
import { serialiseExplorerState, type ExplorerState, type FindingFilters } from '../lib/explorer-state';
import type { UpdateExplorer } from './use-explorer-state';

export interface ExplorerActions {
  openZone: (zoneId: string, keepSelection?: boolean) => void;
  select: (nodeId: string | undefined) => void;
  expand: (nodeId: string) => void;
  chooseSearchHit: (hit: SearchHit) => Promise<void>;
  chooseFinding: (finding: Finding) => void;
  clearFinding: () => void;
  setFindingFilters: (filters: FindingFilters) => void;
  /** The link to a rule's explanation, for real anchors that also open in a new tab. */
  ruleHref: (rule: RuleId) => string;
  openRule: (rule: RuleId) => void;
  showRuleFindings: (rule: RuleId) => void;
}

export function useExplorerActions(
  state: ExplorerState,
  update: UpdateExplorer,
  visibleIds: ReadonlySet<string>,
  full: Subgraph,
): ExplorerActions {
  const queryClient = useQueryClient();
  return useMemo(() => {
    const openZone = (zoneId: string, keepSelection = false) =>
      update(
        {
          zone: zoneId,
          municipality: undefined,
          expanded: [],
          groups: [],
          uncapped: [],
          selected: keepSelection ? state.selected : undefined,
          finding: keepSelection ? state.finding : undefined,
        },
        'push',
      );
    // Choosing another node leaves the finding the graph was focused on.
    const select = (nodeId: string | undefined) => {
      if (nodeId !== state.selected) update({ selected: nodeId, finding: undefined }, 'push');
    };
    const expand = (nodeId: string) =>
      update(
        { expanded: state.expanded.includes(nodeId) ? state.expanded : [...state.expanded, nodeId], selected: nodeId, finding: undefined },
        'push',
      );

    /**
     * A municipality opens its zone (the current one if it lies in it) and is selected there; one in
     * no zone opens the view around it. A zone opens. Any other hit is selected, and its
     * neighbourhood is merged into the view when it is not in view yet.
     */
    const chooseSearchHit = async (hit: SearchHit) => {
      if (hit.label === 'Municipality') {
        const detail = await queryClient.fetchQuery(nodeQueryOptions(hit.id)).catch(() => undefined);
        const zones = detail?.zones ?? [];
        const zone = zones.some((z) => z.id === state.zone) ? state.zone : zones[0]?.id;
        update(
          zone
            ? { zone, municipality: undefined, expanded: zone === state.zone ? state.expanded : [], selected: hit.id, finding: undefined }
            : { zone: undefined, municipality: bareId(hit.id), expanded: [], groups: [], selected: hit.id, finding: undefined },
          'push',
        );
        return;
      }
      if (hit.label === 'Zone') openZone(hit.id);
      else if (visibleIds.has(hit.id)) select(hit.id);
      else expand(hit.id);
    };

    /**
     * Focus the graph on a finding: its subject is selected; a subject hidden by a label filter is
     * shown again, and one not loaded at all has its neighbourhood merged in, which brings most
     * related nodes along (its networks, organisations, neighbours).
     */
    const chooseFinding = (finding: Finding) => {
      const patch: Partial<ExplorerState> = { finding: finding.id, selected: finding.subject };
      if (!visibleIds.has(finding.subject)) {
        const loaded = full.nodes.find((node) => node.id === finding.subject);
        if (loaded) patch.hidden = state.hidden.filter((label) => label !== loaded.label);
        else if (!state.expanded.includes(finding.subject)) patch.expanded = [...state.expanded, finding.subject];
      }
      update(patch, 'push');
    };
    const clearFinding = () => update({ finding: undefined }, 'push');
    const setFindingFilters = (filters: FindingFilters) => update({ findings: filters });
    const ruleHref = (rule: RuleId) => serialiseExplorerState({ ...state, view: 'rules', rule });
    const openRule = (rule: RuleId) => update({ view: 'rules', rule }, 'push');
    const showRuleFindings = (rule: RuleId) => update({ view: 'findings', findings: { ...state.findings, rule } }, 'push');
    return {
      openZone,
      select,
      expand,
      chooseSearchHit,
      chooseFinding,
      clearFinding,
      setFindingFilters,
      ruleHref,
      openRule,
      showRuleFindings,
    };
  }, [state, update, visibleIds, full, queryClient]);
}
