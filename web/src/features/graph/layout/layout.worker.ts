// The layout worker: computes a view's positions, and the betweenness that sizes its nodes, off the main thread,
// one request at a time.
import { betweennessOf, type BetweennessInput } from '../styling/betweenness';
import { computeLayout, type LayoutPositions, type LayoutRequest } from './compute-layout';

export type LayoutWorkerRequest = { id: number; request: LayoutRequest } | { id: number; betweenness: BetweennessInput };

export type LayoutWorkerAnswer =
  | { id: number; positions: LayoutPositions }
  | { id: number; betweenness: [string, number][] }
  | { id: number; error: string };

self.onmessage = (event: MessageEvent<LayoutWorkerRequest>) => {
  const message = event.data;
  let answer: LayoutWorkerAnswer;
  try {
    answer =
      'request' in message
        ? { id: message.id, positions: computeLayout(message.request) }
        : { id: message.id, betweenness: [...betweennessOf(message.betweenness)] };
  } catch (error) {
    answer = { id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
