import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';

/** How long an execution result may be handed to further subscribers of the same event. */
const SHARE_FOR_MS = 1000;

type Results = WeakMap<object, Map<string, Promise<ExecutionResult>>>;

/**
 * graphql's `subscribe`, except that subscribers running the same operation (same document,
 * operation name and variables, and the same role) share one execution of each event instead of
 * running one each: with thousands of subscribers, executing the selection set per subscriber
 * is what dominates the time from commit to delivery. Results are shared for a second at most,
 * so a replay much later executes afresh. `sharingKey` gives the part of the key that the
 * execution arguments do not carry (the caller's role), or null to not share.
 */
export function sharedSubscribe(sharingKey: (args: ExecutionArgs) => string | null) {
  const documentIds = new WeakMap<DocumentNode, number>();
  let nextDocumentId = 0;
  let generation: { until: number; results: Results } = { until: 0, results: new WeakMap() };

  const executeShared = (args: ExecutionArgs, key: string, payload: unknown): Promise<ExecutionResult> => {
    const run = () => Promise.resolve(execute({ ...args, rootValue: payload }));
    if (typeof payload !== 'object' || payload === null) return run();
    const now = Date.now();
    if (generation.until < now) generation = { until: now + SHARE_FOR_MS, results: new WeakMap() };
    let byOperation = generation.results.get(payload);
    if (!byOperation) generation.results.set(payload, (byOperation = new Map()));
    let result = byOperation.get(key);
    if (!result) byOperation.set(key, (result = run()));
    return result;
  };

  return async (args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> => {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream;
    const shared = sharingKey(args);
    let documentId = documentIds.get(args.document);
    if (documentId === undefined) documentIds.set(args.document, (documentId = nextDocumentId++));
    const key = shared === null ? null : `${shared}|${documentId}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}`;
    return mapEvents(stream, (payload) =>
      key === null ? Promise.resolve(execute({ ...args, rootValue: payload })) : executeShared(args, key, payload),
    );
  };
}

/** Maps a stream, passing `return` through so that ending the subscription ends the source. */
function mapEvents<T, U>(source: AsyncIterable<T>, map: (value: T) => Promise<U>): AsyncGenerator<U> {
  const iterator = source[Symbol.asyncIterator]();
  const mapped: AsyncGenerator<U> = {
    async next() {
      const step = await iterator.next();
      return step.done ? { value: undefined, done: true } : { value: await map(step.value), done: false };
    },
    async return() {
      await iterator.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return mapped;
    },
  };
  return mapped;
}
