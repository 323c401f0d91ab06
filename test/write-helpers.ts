import assert from 'node:assert/strict';
import { toGlobalId } from '../src/common/global-id';
import type { GraphQLResponse, TestServer } from './helpers';

export type Headers = Record<string, string>;

/** Runs `name(input: $input) { selection }` with the input type GraphQL expects. */
export function mutate(
  server: TestServer,
  headers: Headers,
  name: string,
  input: Record<string, unknown>,
  selection = 'clientMutationId',
): Promise<GraphQLResponse> {
  const inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  return server.gql(`mutation Write($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`, { input }, headers);
}

/** The payload of a mutation that must succeed. */
export async function mutateOk(
  server: TestServer,
  headers: Headers,
  name: string,
  input: Record<string, unknown>,
  selection: string,
): Promise<any> {
  const result = await mutate(server, headers, name, input, selection);
  assert.equal(result.errors, undefined, `${name} failed: ${JSON.stringify(result.errors)}`);
  return result.data![name];
}

/** Asserts one error with `code`, and the field path when given; returns its extensions. */
export function expectError(result: GraphQLResponse, code: string, field?: (string | number)[]): Record<string, any> {
  assert.ok(result.errors?.length, `expected ${code}, got data ${JSON.stringify(result.data)}`);
  const [error] = result.errors!;
  assert.equal(error.extensions?.code, code, `expected ${code}: ${JSON.stringify(result.errors)}`);
  if (field) assert.deepEqual(error.extensions?.field, field, error.message);
  assert.doesNotMatch(error.message, /SELECT|INSERT|violates|relation "|QueryFailedError/i, 'no SQL in client errors');
  return error.extensions!;
}

/** A well-formed id of `type` that names no row. */
export const absentId = (type: string) => toGlobalId(type, 999_999);

/** Ids of the reference dataset's objects by name or title. */
export async function referenceIds(server: TestServer): Promise<Record<string, Record<string, string>>> {
  const list = (field: string, label: string) => `${field}(first: 100) { edges { node { id ${label} } } }`;
  const data = await server.data(`{
    ${list('officials', 'label: name')} ${list('organizations', 'label: name')} ${list('sources', 'label: title')}
    ${list('commitments', 'label: title')} ${list('topics', 'label: slug')} ${list('calls', 'label: title')}
    ${list('treaties', 'label: name')} ${list('territories', 'label: name')}
  }`);
  return Object.fromEntries(
    Object.entries(data).map(([field, connection]: [string, any]) => [
      field,
      Object.fromEntries(connection.edges.map((e: any) => [e.node.label, e.node.id])),
    ]),
  );
}

export interface AuditRow {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  operation: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Audit entries of one object, newest first. */
export async function auditOf(server: TestServer, admin: Headers, entityId: string): Promise<AuditRow[]> {
  const data = await server.data(
    `query($id: ID!) { auditLog(first: 100, filter: { entityId: $id }) { edges { node { actor action entityType entityId operation before after } } } }`,
    { id: entityId },
    admin,
  );
  return data.auditLog.edges.map((e: any) => e.node);
}

/** Row counts of tables, to show a failed write left nothing behind. */
export async function countRows(server: TestServer, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = (await server.app.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  return counts;
}

/** Titles of the reference dataset's calls and commitments that tests look up (by them, in `referenceIds`). */
export const NAKATANI_CALL = 'Hegseth–Nakatani introductory telephone call';
export const KIM_CALL = 'Hegseth–Kim Seon-ho introductory telephone call';
export const ARTICLE_V = 'Article V of the U.S.-Japan security treaty applies to the Senkaku Islands';
export const DEFENSE_OF_JAPAN = 'U.S. commitment to the defense of Japan';
export const DEFENSE_OF_ROK = 'U.S. commitment to the defense of the Republic of Korea';
export const TRILATERAL = 'ROK-US-Japan security cooperation';

/** Records another Hegseth–Kim Seon-ho telephone call (Seoul time) and returns its id. */
export async function recordHegsethKimCall(
  server: TestServer,
  headers: Headers,
  ref: Record<string, Record<string, string>>,
  title: string,
  date: string,
): Promise<string> {
  const participants = [{ officialId: ref.officials['Pete Hegseth'], isInitiator: true }, { officialId: ref.officials['Kim Seon-ho'] }];
  const { call } = await mutateOk(
    server,
    headers,
    'recordCall',
    { title, kind: 'PHONE_CALL', date, timeZone: 'Asia/Seoul', participants },
    'call { id }',
  );
  return call.id;
}

/** Records a Pentagon readout of a Hegseth–Kim call (a new source) with one paraphrase and its commitments. */
export function recordHegsethKimReadout(
  server: TestServer,
  headers: Headers,
  ref: Record<string, Record<string, string>>,
  callId: string,
  date: string,
  text: string,
  commitments: unknown[],
): Promise<any> {
  return mutateOk(
    server,
    headers,
    'addStatement',
    {
      text,
      kind: 'PARAPHRASE',
      date,
      callId,
      attributedOrganizationId: ref.organizations['Department of Defense'],
      partyIds: [ref.officials['Pete Hegseth'], ref.officials['Kim Seon-ho']],
      commitments,
      newSource: {
        kind: 'READOUT',
        title: `Readout of ${date}`,
        publishedOn: date,
        language: 'en',
        publisherId: ref.organizations['Department of Defense'],
        callId,
      },
    },
    'statement { id }',
  );
}

/**
 * Empties the record of statements and sources (and what refers to them), for tests that import
 * the reference dataset's own documents as if new.
 */
export async function clearStatementsAndSources(server: TestServer): Promise<void> {
  await server.app.db.query(`DELETE FROM source_echoes; DELETE FROM statements;
    UPDATE deployments SET source_id = NULL; UPDATE exercises SET source_id = NULL; DELETE FROM sources`);
}
