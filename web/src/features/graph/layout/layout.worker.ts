// The layout worker: computes a view's positions off the main thread, one request at a time.
import { computeLayout, type LayoutPositions, type LayoutRequest } from './compute-layout';

export interface LayoutWorkerRequest {
  id: number;
  request: LayoutRequest;
}

export type LayoutWorkerAnswer = { id: number; positions: LayoutPositions } | { id: number; error: string };

self.onmessage = (event: MessageEvent<LayoutWorkerRequest>) => {
  const { id, request } = event.data;
  let answer: LayoutWorkerAnswer;
  try {
    answer = { id, positions: computeLayout(request) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
