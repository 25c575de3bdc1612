// Betweenness of the drawn graph while node size follows it: asked of the layout worker once per drawn graph.
import type { Subgraph } from '@knooppunt/server/domain/graph';
import { useEffect, useState, type RefObject } from 'react';
import type { LayoutClient } from '../layout/layout-client';
import { betweennessInput } from './betweenness-input';

/** The values for `subgraph` once the worker has answered; undefined before, or while not `wanted`. */
export function useBetweenness(client: RefObject<LayoutClient | null>, subgraph: Subgraph, wanted: boolean): ReadonlyMap<string, number> | undefined {
  const [answer, setAnswer] = useState<{ of: Subgraph; values: Map<string, number> } | undefined>(undefined);
  const answered = answer?.of === subgraph;
  useEffect(() => {
    const worker = client.current;
    if (!wanted || !worker || answered) return undefined;
    let current = true;
    worker
      .betweenness(betweennessInput(subgraph))
      .then((values) => {
        if (current) setAnswer({ of: subgraph, values });
      })
      .catch((error: unknown) => console.error(error));
    return () => {
      current = false;
    };
  }, [client, wanted, subgraph, answered]);
  return wanted && answered ? answer.values : undefined;
}
