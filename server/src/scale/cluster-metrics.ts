/**
 * Metrics across a Node cluster: a scrape lands on one worker, which asks the primary (over the
 * cluster's IPC channel) for every worker's snapshot, so `/metrics` always describes the whole
 * server rather than whichever worker answered.
 */
import cluster, { type Worker } from 'node:cluster';
import type { ProcessSnapshot } from './metrics.ts';

/** How long the primary waits for the workers' snapshots, in milliseconds. */
const GATHER_TIMEOUT_MS = 1000;

type IpcMessage =
  | { type: 'mm:metrics:gather'; id: number }
  | { type: 'mm:metrics:gathered'; id: number; snapshots: ProcessSnapshot[] }
  | { type: 'mm:metrics:ask'; id: number }
  | { type: 'mm:metrics:answer'; id: number; snapshot: ProcessSnapshot };

function isIpc(message: unknown): message is IpcMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    (message as { type: string }).type.startsWith('mm:metrics:')
  );
}

let nextId = 1;

/**
 * In a cluster worker: answers the primary's requests for this worker's snapshot, and returns a
 * function gathering every worker's. Outside a cluster the function returns this process's only.
 */
export function workerMetricsBridge(own: () => ProcessSnapshot): () => Promise<ProcessSnapshot[]> {
  if (!cluster.isWorker || process.send === undefined) return async () => [own()];
  const pending = new Map<number, (snapshots: ProcessSnapshot[]) => void>();
  process.on('message', (message: unknown) => {
    if (!isIpc(message)) return;
    if (message.type === 'mm:metrics:ask') {
      process.send?.({ type: 'mm:metrics:answer', id: message.id, snapshot: own() } satisfies IpcMessage);
    } else if (message.type === 'mm:metrics:gathered') {
      pending.get(message.id)?.(message.snapshots);
      pending.delete(message.id);
    }
  });
  return () =>
    new Promise((resolve) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve([own()]);
      }, GATHER_TIMEOUT_MS * 2);
      pending.set(id, (snapshots) => {
        clearTimeout(timer);
        resolve(snapshots);
      });
      process.send?.({ type: 'mm:metrics:gather', id } satisfies IpcMessage);
    });
}

/** In the cluster primary: serves workers' gather requests by asking every live worker. */
export function servePrimaryMetrics(workers: () => Worker[]): void {
  const asks = new Map<number, { snapshots: ProcessSnapshot[]; expected: number; done: () => void }>();
  cluster.on('message', (from: Worker, message: unknown) => {
    if (!isIpc(message)) return;
    if (message.type === 'mm:metrics:answer') {
      const ask = asks.get(message.id);
      if (ask === undefined) return;
      ask.snapshots.push(message.snapshot);
      if (ask.snapshots.length >= ask.expected) ask.done();
      return;
    }
    if (message.type !== 'mm:metrics:gather') return;
    const live = workers().filter((w) => w.isConnected());
    const id = nextId++;
    const ask = {
      snapshots: [] as ProcessSnapshot[],
      expected: live.length,
      done: () => {
        clearTimeout(timer);
        asks.delete(id);
        if (from.isConnected())
          from.send({
            type: 'mm:metrics:gathered',
            id: message.id,
            snapshots: ask.snapshots,
          } satisfies IpcMessage);
      },
    };
    const timer = setTimeout(() => ask.done(), GATHER_TIMEOUT_MS);
    asks.set(id, ask);
    for (const worker of live) worker.send({ type: 'mm:metrics:ask', id } satisfies IpcMessage);
  });
}
