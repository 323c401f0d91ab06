import { toGlobalId } from '../../src/common/global-id';

/** The values the five requests ask about, chosen from the generated data. */
export interface Params {
  statementId: number;
  commitmentId: number;
  country: string;
  dateFrom: string;
  dateTo: string;
  search: string;
}

/** The parameters every bench uses at a scale: the middle statement, one commitment, one country's year. */
export function paramsFor(statements: number): Params {
  return {
    statementId: Math.floor(statements / 2) + 1,
    commitmentId: 7,
    country: 'AB',
    dateFrom: '2015-01-01',
    dateTo: '2015-12-31',
    search: 'deterrence missile',
  };
}

/** `--name value` from the command line, else `fallback`. */
export function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

export type Target = 'api' | 'postgraphile' | 'raw';
export const TARGETS: Target[] = ['api', 'postgraphile', 'raw'];

export interface BenchRequest {
  name: string;
  /** Nesting depth of the request (levels of lists and objects that need rows). */
  depth: number;
  path: string;
  body: string;
  /** The answer in one shape common to all targets, to check that they return the same data. */
  normalize(json: any): unknown;
}

export const REQUEST_NAMES = ['statement by id', 'nested call page', 'filtered page', 'search', 'affirmations'] as const;

const gql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** The raw floor answers each request already in the common shape. */
const rawRequest = (name: string, depth: number, params: Record<string, unknown>): BenchRequest => ({
  name,
  depth,
  path: `/${encodeURIComponent(name)}`,
  body: JSON.stringify(params),
  normalize: (json) => json,
});

export function requestsFor(target: Target, p: Params): BenchRequest[] {
  if (target === 'raw') {
    return [
      rawRequest(REQUEST_NAMES[0], 3, { id: p.statementId }),
      rawRequest(REQUEST_NAMES[1], 6, {}),
      rawRequest(REQUEST_NAMES[2], 3, { country: p.country, from: p.dateFrom, to: p.dateTo }),
      rawRequest(REQUEST_NAMES[3], 2, { text: p.search }),
      rawRequest(REQUEST_NAMES[4], 2, { commitment: p.commitmentId }),
    ];
  }
  const api = target === 'api';
  const rows = (c: any) => (api ? c.edges.map((e: any) => e.node) : c.nodes);
  return [
    {
      name: REQUEST_NAMES[0],
      depth: 3,
      path: '/graphql',
      body: api
        ? gql(
            `query($id: ID!) { node(id: $id) { ... on Statement { text date speakers { title official { name } } source { title url } } } }`,
            { id: toGlobalId('Statement', p.statementId) },
          )
        : gql(
            `query($id: Int!) { statementById(id: $id) { text date
               statementSpeakersByStatementId(orderBy: [POSITION_ASC, OFFICIAL_ID_ASC]) { nodes { title officialByOfficialId { name } } }
               sourceBySourceId { title url } } }`,
            { id: p.statementId },
          ),
      normalize: (json) => {
        const s = api ? json.data.node : json.data.statementById;
        return {
          text: s.text,
          date: s.date,
          speakers: (api ? s.speakers : s.statementSpeakersByStatementId.nodes).map((sp: any) => ({
            name: (api ? sp.official : sp.officialByOfficialId).name,
            title: sp.title,
          })),
          source: api ? s.source : s.sourceBySourceId,
        };
      },
    },
    {
      name: REQUEST_NAMES[1],
      depth: 6,
      path: '/graphql',
      body: api
        ? gql(
            `{ calls(first: 20, orderBy: DATE_DESC) { edges { node { title date participants { official { name
                 statements(first: 5, orderBy: DATE_DESC) { edges { node { text date commitments { stance commitment { title } } } } } } } } } } }`,
            {},
          )
        : gql(
            `{ allCalls(first: 20, orderBy: [DATE_DESC, ID_DESC]) { nodes { title date callParticipantsByCallId(orderBy: ID_ASC) { nodes { officialByOfficialId { name
                 statementsByDate(first: 5) { nodes { text date statementCommitmentsByStatementId(orderBy: ID_ASC) { nodes { stance commitmentByCommitmentId { title } } } } } } } } } } }`,
            {},
          ),
      normalize: (json) =>
        rows(api ? json.data.calls : json.data.allCalls).map((call: any) => ({
          title: call.title,
          date: call.date,
          participants: (api ? call.participants : call.callParticipantsByCallId.nodes).map((cp: any) => {
            const o = api ? cp.official : cp.officialByOfficialId;
            return {
              name: o.name,
              statements: rows(api ? o.statements : o.statementsByDate).map((s: any) => ({
                text: s.text,
                date: s.date,
                commitments: (api ? s.commitments : s.statementCommitmentsByStatementId.nodes).map((l: any) => ({
                  stance: l.stance,
                  title: (api ? l.commitment : l.commitmentByCommitmentId).title,
                })),
              })),
            };
          }),
        })),
    },
    {
      name: REQUEST_NAMES[2],
      depth: 3,
      path: '/graphql',
      body: api
        ? gql(
            `query($c: [String!], $from: Date, $to: Date) { statements(first: 50, orderBy: DATE_DESC, filter: { countries: $c, dateFrom: $from, dateTo: $to }) {
               edges { node { text date speakers { official { name } } source { title } } } } }`,
            { c: [p.country], from: p.dateFrom, to: p.dateTo },
          )
        : gql(
            `query($c: [String!], $from: Date, $to: Date) { allStatements(first: 50, orderBy: [DATE_DESC, ID_DESC],
               filter: { date: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to }, statementCountriesByStatementId: { some: { countryCode: { in: $c } } } }) {
               nodes { text date statementSpeakersByStatementId(orderBy: [POSITION_ASC, OFFICIAL_ID_ASC]) { nodes { officialByOfficialId { name } } } sourceBySourceId { title } } } }`,
            { c: [p.country], from: p.dateFrom, to: p.dateTo },
          ),
      normalize: (json) =>
        rows(api ? json.data.statements : json.data.allStatements).map((s: any) => ({
          text: s.text,
          date: s.date,
          speakers: (api
            ? s.speakers.map((sp: any) => sp.official)
            : s.statementSpeakersByStatementId.nodes.map((sp: any) => sp.officialByOfficialId)
          ).map((o: any) => o.name),
          source: (api ? s.source : s.sourceBySourceId).title,
        })),
    },
    {
      name: REQUEST_NAMES[3],
      depth: 2,
      path: '/graphql',
      body: api
        ? gql(`query($q: String!) { search(text: $q, first: 20) { edges { rank node { text date } } } }`, { q: p.search })
        : gql(`query($q: String!) { searchStatements(query: $q, first: 20) { nodes { text date searchRank(query: $q) } } }`, {
            q: p.search,
          }),
      normalize: (json) =>
        api
          ? json.data.search.edges.map((e: any) => ({ text: e.node.text, date: e.node.date, rank: round(e.rank) }))
          : json.data.searchStatements.nodes.map((s: any) => ({ text: s.text, date: s.date, rank: round(s.searchRank) })),
    },
    {
      name: REQUEST_NAMES[4],
      depth: 2,
      path: '/graphql',
      body: api
        ? gql(
            `query($c: [ID!]) { statements(first: 50, orderBy: DATE_ASC, filter: { commitmentIds: $c, stances: [AFFIRMS, REAFFIRMS] }) { edges { node { text date } } } }`,
            { c: [toGlobalId('Commitment', p.commitmentId)] },
          )
        : gql(
            `query($c: Int!) { allStatements(first: 50, orderBy: [DATE_ASC, ID_ASC],
               filter: { statementCommitmentsByStatementId: { some: { commitmentId: { equalTo: $c }, stance: { in: ["AFFIRMS", "REAFFIRMS"] } } } }) { nodes { text date } } }`,
            { c: p.commitmentId },
          ),
      normalize: (json) => rows(api ? json.data.statements : json.data.allStatements).map((s: any) => ({ text: s.text, date: s.date })),
    },
  ];
}
