import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { insertStatement } from '../statements';
import { startBenchServer } from './bench-server';
import { runBenchmark, stopChild } from './processes';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<any>;

/**
 * `npm run bench:omissions -- [--subscribers 0,1000,5000] [--seconds S] [--writes W] [--per-socket K]`
 *
 * What `commitmentOmitted` subscribers cost everyone else: for each number of subscribers (opened
 * from a client process, K per socket, settleSeconds 0), other clients read as fast as they can
 * for S seconds (autocannon, 8 connections, from a process of their own) while W statements about
 * one call are recorded, spread over the run. Prints the reads' p50/p99 and count per subscriber
 * count, and the server's memory.
 */

const OMITTED = `subscription Omitted { commitmentOmitted(countries: ["US", "JP"], window: 1, settleSeconds: 0) {
  omission { date side { code } commitment { title } call { id } }
} }`;
const READ = JSON.stringify({
  query: '{ statements(first: 10) { totalCount edges { node { id text date speakers { official { name } } source { title } } } } }',
});

type ToChild =
  { type: 'subscribe'; url: string; subscriptions: number; perSocket: number } | { type: 'read'; url: string; seconds: number };
type FromChild =
  | { type: 'subscribed' }
  | { type: 'read'; p50: number; p99: number; max: number; completed: number; errors: number }
  | { type: 'failed'; error: string };

async function child(): Promise<void> {
  const send = (message: FromChild) => process.send!(message);
  let clients: Client[] = [];
  process.on('message', async (message: ToChild | { type: 'stop' }) => {
    if (message.type === 'stop') {
      await Promise.all(clients.map((c) => c.dispose()));
      process.exit(0);
    }
    if (message.type === 'read') {
      const r = await autocannon({
        url: message.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: READ,
        connections: 8,
        duration: message.seconds,
        timeout: 30,
      });
      send({
        type: 'read',
        p50: r.latency.p50,
        p99: r.latency.p99,
        max: r.latency.max,
        completed: r['2xx'],
        errors: r.errors + r.timeouts + r.non2xx,
      });
      return;
    }
    const { url, subscriptions, perSocket } = message;
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
    for (let i = 0; i < subscriptions; i++) {
      clients[i % sockets].subscribe(
        { query: OMITTED },
        {
          next: (result) => (result.errors ? send({ type: 'failed', error: JSON.stringify(result.errors) }) : undefined),
          error: (error) => send({ type: 'failed', error: String((error as { reason?: string }).reason ?? error) }),
          complete: () => undefined,
        },
      );
    }
    send({ type: 'subscribed' });
  });
}

function listOption(args: string[], name: string, fallback: number[]): number[] {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const values = args[i + 1].split(',').map(Number);
  if (values.some((v) => !Number.isInteger(v) || v < 0)) throw new Error(`${name} takes whole numbers, e.g. 0,1000,5000`);
  return values;
}

const option = (args: string[], name: string, fallback: number) => listOption(args, name, [fallback])[0];

function spawnChild(onMessage: (message: FromChild) => void): ChildProcess {
  const c = fork(__filename, ['--child'], { stdio: 'inherit' });
  c.on('message', onMessage);
  return c;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const crowds = listOption(args, '--subscribers', [0, 1000, 5000]);
  const seconds = option(args, '--seconds', 15);
  const writes = option(args, '--writes', 10);
  const perSocket = option(args, '--per-socket', 50);

  const { app, writer, ids, stop } = await startBenchServer({ WS_MAX_SUBSCRIPTIONS_PER_SOCKET: String(perSocket) });
  const children: ChildProcess[] = [];
  try {
    const wsUrl = app.url.replace(/^http/, 'ws');
    const active = async () => (await app.server.metrics.activeSubscriptions.get()).values[0]?.value ?? 0;
    const rows: string[] = [];
    console.log(
      `reads: 8 connections for ${seconds} s per row; ${writes} statements about one US–JP call during each; server in production mode`,
    );
    for (const crowd of crowds) {
      let failed: (error: Error) => void = () => undefined;
      const failure = new Promise<never>((_, reject) => (failed = reject));
      failure.catch(() => undefined);
      let subscribers: ChildProcess | undefined;
      if (crowd > 0) {
        const subscribed = new Promise<void>((resolve) => {
          subscribers = spawnChild((m) =>
            m.type === 'failed' ? failed(new Error(m.error)) : m.type === 'subscribed' ? resolve() : undefined,
          );
        });
        children.push(subscribers!);
        subscribers!.send({ type: 'subscribe', url: wsUrl, subscriptions: crowd, perSocket } satisfies ToChild);
        await Promise.race([subscribed, failure]);
        while ((await active()) < crowd) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const rssBefore = process.memoryUsage().rss;
      let result!: Extract<FromChild, { type: 'read' }>;
      const reader = spawnChild((m) => (m.type === 'read' ? (result = m) : m.type === 'failed' ? failed(new Error(m.error)) : undefined));
      children.push(reader);
      const done = new Promise<void>((resolve) => reader.once('message', () => resolve()));
      reader.send({ type: 'read', url: app.url, seconds } satisfies ToChild);
      let peakRss = rssBefore;
      for (let i = 0; i < writes; i++) {
        await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / (writes + 1)));
        await insertStatement(writer, { source: ids.sources.japanRelease, speakers: [ids.officials.nakatani], call: ids.calls.nakatani });
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }
      await Promise.race([done, failure]);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      await stopChild(reader);
      if (subscribers) await stopChild(subscribers);
      while ((await active()) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      const row = `${String(crowd).padStart(6)} omission subscribers: reads p50 ${result.p50} ms, p99 ${result.p99} ms, max ${result.max} ms, ${result.completed} completed (${result.errors} errors); server RSS ${(rssBefore / 2 ** 20).toFixed(0)} → peak ${(peakRss / 2 ** 20).toFixed(0)} MB`;
      console.log(row);
      rows.push(row);
    }
  } finally {
    await Promise.all(children.map(stopChild));
    await stop();
  }
}

runBenchmark('--child', child, main);
