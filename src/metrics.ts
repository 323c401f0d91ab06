import client from 'prom-client';
import type { DataSource } from 'typeorm';

/** Distinct operation names that get a label of their own; the rest are `other`. */
export const MAX_OPERATION_LABELS = 200;

/** Prometheus metrics of one process; each app instance gets its own registry. */
export class Metrics {
  readonly registry = new client.Registry();

  readonly requests = new client.Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL operations handled, by operation name, type and outcome.',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly duration = new client.Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its response.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly errors = new client.Counter({
    name: 'graphql_errors_total',
    help: 'Errors returned to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly fastPathRequests = new client.Counter({
    name: 'http_fast_path_requests_total',
    help: 'Plain POST /graphql JSON requests answered by the fast path in front of Express (HTTP_FAST_PATH).',
    registers: [this.registry],
  });

  readonly knownDocumentRequests = new client.Counter({
    name: 'known_document_requests_total',
    help: "Fast-path queries of documents Apollo had validated (KNOWN_DOCUMENTS): answered without Apollo's pipeline, or handed to Apollo (errors, a hook it does not run…).",
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly waitingRequests = new client.Gauge({
    name: 'http_requests_waiting',
    help: 'GraphQL requests over HTTP waiting for their turn (HTTP_MAX_IN_FLIGHT).',
    registers: [this.registry],
  });

  readonly activeSubscriptions = new client.Gauge({
    name: 'graphql_active_subscriptions',
    help: 'Subscriptions currently open on this instance.',
    registers: [this.registry],
  });

  constructor(db: DataSource) {
    client.collectDefaultMetrics({ register: this.registry });
    const pool = () => (db.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
    new client.Gauge({
      name: 'db_pool_connections',
      help: 'PostgreSQL pool connections by state (total, idle, waiting requests).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        this.set({ state: 'total' }, p?.totalCount ?? 0);
        this.set({ state: 'idle' }, p?.idleCount ?? 0);
        this.set({ state: 'waiting' }, p?.waitingCount ?? 0);
      },
    });
  }

  /** Operation names labelled so far: the first MAX_OPERATION_LABELS distinct ones. */
  private readonly operationNames = new Set<string>();
  /** Names that always get their own series, e.g. the operations of trusted documents. */
  private readonly reservedNames = new Set<string>();
  /** With reserved names only: no other name takes a slot (see reserveOperationNames). */
  private reservedOnly = false;

  /**
   * The hook for a trusted-documents mode: these names always get a series of their own, and with
   * `only` every other name is `other`, so nothing a client invents can take a slot.
   */
  reserveOperationNames(names: Iterable<string>, only = false): void {
    for (const name of names) if (OPERATION_NAME.test(name)) this.reservedNames.add(name);
    this.reservedOnly = only;
  }

  /**
   * Operation names are client-chosen: the first MAX_OPERATION_LABELS distinct names of operations
   * that validated against the schema get their own series, every later one is `other`, so a
   * client sending endless new names cannot grow `/metrics` or memory without bound. A request
   * whose operation did not validate (unparsable, unknown fields, no such operation) takes no
   * slot: it is `invalid`, so junk sent first cannot push real operations into `other`.
   */
  operationLabel(name: string | null | undefined, validated = true): string {
    if (!validated) return 'invalid';
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'invalid';
    if (this.reservedNames.has(name) || this.operationNames.has(name)) return name;
    if (this.reservedOnly || this.operationNames.size >= MAX_OPERATION_LABELS) return 'other';
    this.operationNames.add(name);
    return name;
  }
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
