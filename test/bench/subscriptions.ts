import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { insertStatement } from '../statements';
import { startBenchServer } from './bench-server';
import { runBenchmark, stopChild } from './processes';

/**
 * `npm run bench:subscriptions -- [subscribers] [--statements M] [--per-socket K] [--clients W]`
 *
 * Starts an embedded PostgreSQL and the server in this process, opens the subscribers from W
 * client processes (K subscriptions per socket), then records M statements one at a time, each
 * once the previous one has reached every subscriber. Prints the time from COMMIT returning to
 * the last (and to each) delivery, and what the subscribers cost the server in memory.
 */

const SUBSCRIPTION = `subscription Bench($after: String) {
  statementAdded(after: $after) {
    cursor
    statement { id text date kind source { title } speakers { official { name } title } topics { slug } }
  }
}`;

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes. */
const now = () => performance.timeOrigin + performance.now();

type ToClient = { type: 'start'; url: string; subscriptions: number; perSocket: number; after: string } | { type: 'stop' };
type FromClient = { type: 'subscribed' } | { type: 'received'; id: string; times: number[] } | { type: 'failed'; error: string };

async function clientProcess(): Promise<void> {
  const send = (message: FromClient) => process.send!(message);
  let clients: Client[] = [];
  const received = new Map<string, number[]>();
  let total = 0;
  process.on('message', async (message: ToClient) => {
    if (message.type === 'stop') {
      await Promise.all(clients.map((c) => c.dispose()));
      process.exit(0);
    }
    const { url, subscriptions, perSocket, after } = message;
    const sockets = Math.ceil(subscriptions / perSocket);
    clients = Array.from({ length: sockets }, () =>
      createClient({
        url,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        onNonLazyError: (e) => send({ type: 'failed', error: String(e) }),
      }),
    );
    let open = 0;
    for (let i = 0; i < subscriptions; i++) {
      open++;
      clients[i % sockets].subscribe<{ statementAdded: { statement: { id: string } } }>(
        { query: SUBSCRIPTION, variables: { after } },
        {
          next: (result) => {
            const at = now();
            if (result.errors) {
              send({ type: 'failed', error: JSON.stringify(result.errors) });
              return;
            }
            const id = result.data!.statementAdded.statement.id;
            const times = received.get(id) ?? [];
            times.push(at);
            received.set(id, times);
            if (times.length === total) {
              send({ type: 'received', id, times });
              received.delete(id);
            }
          },
          error: (error) => send({ type: 'failed', error: String((error as { reason?: string }).reason ?? error) }),
          complete: () => undefined,
        },
      );
    }
    total = open;
    send({ type: 'subscribed' });
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

function memory() {
  (global as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const subscribers = /^\d+$/.test(args[0] ?? '') ? Number(args[0]) : option(args, '--subscribers', 1000);
  const statements = option(args, '--statements', 30);
  const perSocket = option(args, '--per-socket', 10);
  const workers = Math.min(option(args, '--clients', 4), subscribers);
  if (!(global as { gc?: unknown }).gc) console.warn('run with node --expose-gc for steadier memory figures');

  const { app, writer, ids, stop } = await startBenchServer();
  const children: ChildProcess[] = [];
  try {
    const url = app.url.replace(/^http/, 'ws');
    const add = () =>
      insertStatement(writer, { source: ids.sources.japanRelease, speakers: [ids.officials.nakatani], topics: [ids.topics.deterrence] });
    const { latestStatementCursor: after } = (
      (await (
        await fetch(app.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ latestStatementCursor }' }),
        })
      ).json()) as { data: { latestStatementCursor: string } }
    ).data;

    const baseline = memory();
    const started = now();
    const waiting = new Map<string, { pending: number; times: number[]; done: () => void }>();
    const early = new Map<string, number[][]>();
    let failed: (error: Error) => void = () => undefined;
    const failure = new Promise<never>((_, reject) => (failed = reject));
    failure.catch(() => undefined);
    let subscribed = 0;
    let allSubscribed!: () => void;
    const ready = new Promise<void>((resolve) => (allSubscribed = resolve));
    for (let w = 0; w < workers; w++) {
      const child = fork(__filename, ['--client'], { stdio: 'inherit' });
      children.push(child);
      const share = Math.floor(subscribers / workers) + (w < subscribers % workers ? 1 : 0);
      child.on('message', (message: FromClient) => {
        if (message.type === 'failed') failed(new Error(`client process: ${message.error}`));
        if (message.type === 'subscribed' && ++subscribed === workers) allSubscribed();
        if (message.type === 'received') {
          const entry = waiting.get(message.id);
          if (!entry) {
            early.set(message.id, [...(early.get(message.id) ?? []), message.times]);
            return;
          }
          entry.times.push(...message.times);
          if (--entry.pending === 0) entry.done();
        }
      });
      child.send({ type: 'start', url, subscriptions: share, perSocket, after } satisfies ToClient);
    }
    const deliveredEverywhere = (id: string) =>
      new Promise<number[]>((resolve) => {
        const entry = { pending: workers, times: [] as number[], done: () => resolve(entry.times) };
        for (const times of early.get(id) ?? []) {
          entry.times.push(...times);
          entry.pending--;
        }
        early.delete(id);
        waiting.set(id, entry);
        if (entry.pending === 0) entry.done();
      });
    await Promise.race([ready, failure]);

    // The warm-up reaches every subscriber (by replay when it subscribed after it was written);
    // from then on all are live.
    const warmUp = await add();
    await Promise.race([deliveredEverywhere(warmUp.id), failure]);
    const connectSeconds = (now() - started) / 1000;
    const loaded = memory();

    const lastDelivery: number[] = [];
    const eachDelivery: number[] = [];
    for (let i = 0; i < statements; i++) {
      const s = await add();
      const committed = now();
      const times = await Promise.race([deliveredEverywhere(s.id), failure]);
      lastDelivery.push(Math.max(...times) - committed);
      for (const t of times) eachDelivery.push(t - committed);
    }
    const afterRun = memory();
    lastDelivery.sort((x, y) => x - y);
    eachDelivery.sort((x, y) => x - y);

    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    const kb = (bytes: number) => (bytes / 1024 / subscribers).toFixed(1);
    const ms = (value: number) => value.toFixed(1);
    console.log(
      `subscribers        ${subscribers} (${Math.ceil(subscribers / perSocket)} sockets, ${perSocket} per socket, ${workers} client processes)`,
    );
    console.log(`statements         ${statements}, one at a time`);
    console.log(`connect+subscribe  ${connectSeconds.toFixed(1)} s (incl. the warm-up statement's replay to every subscriber)`);
    console.log(
      `commit→last        p50 ${ms(percentile(lastDelivery, 50))} ms, p99 ${ms(percentile(lastDelivery, 99))} ms, max ${ms(lastDelivery[lastDelivery.length - 1])} ms`,
    );
    console.log(`commit→each        p50 ${ms(percentile(eachDelivery, 50))} ms, p99 ${ms(percentile(eachDelivery, 99))} ms`);
    console.log(
      `server RSS         ${mb(baseline.rss)} MB idle → ${mb(loaded.rss)} MB subscribed (${kb(loaded.rss - baseline.rss)} KB/subscriber), ${mb(afterRun.rss)} MB after the run`,
    );
    console.log(
      `server heap used   ${mb(baseline.heapUsed)} MB idle → ${mb(loaded.heapUsed)} MB subscribed (${kb(loaded.heapUsed - baseline.heapUsed)} KB/subscriber), ${mb(afterRun.heapUsed)} MB after the run`,
    );
    console.log(`subscribers in feed ${app.statementFeed.subscriberCount}`);
  } finally {
    await Promise.all(children.map((child) => stopChild(child, { type: 'stop' } satisfies ToClient)));
    await stop();
  }
}

runBenchmark('--client', clientProcess, main);
