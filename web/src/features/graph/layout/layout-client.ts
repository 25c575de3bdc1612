// Asks the layout worker for a view's positions (remembering recent answers by their input) and for betweenness.
import type { BetweennessInput } from '../styling/betweenness-input';
import { layoutSeed, type LayoutPositions, type LayoutRequest } from './layout-request';
import type { LayoutWorkerAnswer, LayoutWorkerRequest } from './layout.worker';

/** Views people go back and forth between (a zone, its expansions, another layout) come back at once. */
const CACHE_SIZE = 12;

/** Everything the positions depend on: the layout, the nodes with their parents and start, the edges. */
export function layoutKey(request: LayoutRequest): string {
  const nodes = request.nodes
    .map((node) => `${node.id}>${node.parent ?? ''}${request.incremental && node.position ? `@${Math.round(node.position.x)},${Math.round(node.position.y)}` : ''}`)
    .sort();
  const edges = request.edges.map((edge) => `${edge.source}>${edge.target}`).sort();
  return `${request.name}|${request.incremental ? 'i' : 'f'}|${layoutSeed(request)}|${nodes.join(';')}|${edges.join(';')}`;
}

export class LayoutClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (answer: LayoutWorkerAnswer) => void; reject: (error: Error) => void }>();
  private readonly cache = new Map<string, LayoutPositions>();

  /**
   * Starts the worker now, so that loading its module (Cytoscape and fcose, parsed again in the worker)
   * happens while the page builds its canvas instead of inside the first layout.
   */
  warm(): void {
    this.ensureWorker();
  }

  /** The positions for a request; a browser without module workers computes them on the page instead. */
  async layout(request: LayoutRequest): Promise<LayoutPositions> {
    const key = layoutKey(request);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const positions = await this.compute(request);
    this.cache.set(key, positions);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    return positions;
  }

  /** Node id → normalised betweenness of the drawn graph (styling/betweenness.ts). */
  async betweenness(input: BetweennessInput): Promise<Map<string, number>> {
    const worker = this.ensureWorker();
    // Without a worker the page computes it itself, loading the measure (and graphology) only then.
    if (!worker) return (await import('../styling/betweenness')).betweennessOf(input);
    const answer = await this.send(worker, (id) => ({ id, betweenness: input }));
    if (!('betweenness' in answer)) throw new Error('layout-client: the worker answered a betweenness request with positions');
    return new Map(answer.betweenness);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const { reject } of this.pending.values()) reject(new Error('layout-client: disposed'));
    this.pending.clear();
  }

  private async compute(request: LayoutRequest): Promise<LayoutPositions> {
    const worker = this.ensureWorker();
    // Loaded only then: the page itself never runs a force layout, so fcose stays out of its first load.
    if (!worker) return (await import('./compute-layout')).computeLayout(request);
    const answer = await this.send(worker, (id) => ({ id, request }));
    if (!('positions' in answer)) throw new Error('layout-client: the worker answered a layout request with betweenness');
    return answer.positions;
  }

  private send(worker: Worker, message: (id: number) => LayoutWorkerRequest): Promise<LayoutWorkerAnswer> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage(message(id));
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || typeof Worker === 'undefined') return this.worker;
    this.worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<LayoutWorkerAnswer>) => {
      const answer = event.data;
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if ('error' in answer) waiting.reject(new Error(`layout worker: ${answer.error}`));
      else waiting.resolve(answer);
    };
    return this.worker;
  }
}
