// What the explorer's controls do to its state: open a zone, select, expand, follow a search hit.
import type { SearchHit } from '@knooppunt/server/domain/api';
import { bareId } from '@knooppunt/server/domain/ids';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { nodeQueryOptions } from '../features/node-panel/api/get-node';
import type { ExplorerState } from '../lib/explorer-state';
import type { UpdateExplorer } from './use-explorer-state';

export interface ExplorerActions {
  openZone: (zoneId: string, keepSelection?: boolean) => void;
  select: (nodeId: string | undefined) => void;
  expand: (nodeId: string) => void;
  chooseSearchHit: (hit: SearchHit) => Promise<void>;
}

export function useExplorerActions(
  state: ExplorerState,
  update: UpdateExplorer,
  visibleIds: ReadonlySet<string>,
): ExplorerActions {
  const queryClient = useQueryClient();
  return useMemo(() => {
    const openZone = (zoneId: string, keepSelection = false) =>
      update(
        {
          zone: zoneId,
          municipality: undefined,
          expanded: [],
          selected: keepSelection ? state.selected : undefined,
        },
        'push',
      );
    const select = (nodeId: string | undefined) => {
      if (nodeId !== state.selected) update({ selected: nodeId }, 'push');
    };
    const expand = (nodeId: string) =>
      update({ expanded: state.expanded.includes(nodeId) ? state.expanded : [...state.expanded, nodeId], selected: nodeId }, 'push');

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
            ? { zone, municipality: undefined, expanded: zone === state.zone ? state.expanded : [], selected: hit.id }
            : { zone: undefined, municipality: bareId(hit.id), expanded: [], selected: hit.id },
          'push',
        );
        return;
      }
      if (hit.label === 'Zone') openZone(hit.id);
      else if (visibleIds.has(hit.id)) select(hit.id);
      else expand(hit.id);
    };
    return { openZone, select, expand, chooseSearchHit };
  }, [state, update, visibleIds, queryClient]);
}
