import { calls, commitments, holdings, officials, organizations, PARAPHRASE, posts, topics, type RecordSource } from './record-data';

/** One GraphQL operation, run the way a client's would be: in process against the schema, or over HTTP. */
export type Execute = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{ data?: Record<string, any> | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;

export interface RecordLoadResult {
  /** Rows the load created. */
  created: number;
  /** Rows that were there already (a second load creates none). */
  reused: number;
}

/**
 * Loads the record through the public mutations, so it passes the same validation as any client's
 * writes. Every row has a natural key; when a mutation answers CONFLICT with the existing row's id
 * (`extensions.existingId`), that row is used, which makes a second load change nothing. The
 * reference dataset must be loaded first: the record uses its countries, treaties and territories.
 */
export async function loadRecord(execute: Execute): Promise<RecordLoadResult> {
  const result: RecordLoadResult = { created: 0, reused: 0 };

  async function ensure(mutation: string, inputType: string, field: string, input: Record<string, unknown>): Promise<string> {
    const response = await execute(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${field} { id } } }`, { input });
    const error = response.errors?.[0];
    if (error) {
      const existingId = error.extensions?.existingId;
      if (error.extensions?.code === 'CONFLICT' && typeof existingId === 'string') {
        result.reused += 1;
        return existingId;
      }
      throw new Error(
        `record: ${mutation} ${JSON.stringify(input).slice(0, 300)} failed: ${error.message} (${String(error.extensions?.code)})`,
      );
    }
    result.created += 1;
    return response.data![mutation][field].id as string;
  }

  async function idsByName(list: 'treaties' | 'territories'): Promise<Map<string, string>> {
    const response = await execute(`query { ${list}(first: 100) { edges { node { id name } } } }`, {});
    if (response.errors?.length) throw new Error(`record: reading ${list} failed: ${response.errors[0].message}`);
    return new Map(response.data![list].edges.map((e: { node: { id: string; name: string } }) => [e.node.name, e.node.id]));
  }

  const need = (map: Map<string, string>, key: string, what: string): string => {
    const id = map.get(key);
    if (id === undefined)
      throw new Error(
        `record: unknown ${what} "${key}"${what === 'treaty' || what === 'territory' ? ' (load the reference dataset first)' : ''}`,
      );
    return id;
  };

  /** Ids of `items` by key, each created by `mutation` or found by its natural key. */
  async function ensureEach<T>(
    items: T[],
    key: (item: T) => string,
    [mutation, inputType, field]: [string, string, string],
    input: (item: T) => Record<string, unknown>,
  ): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const item of items) ids.set(key(item), await ensure(mutation, inputType, field, input(item)));
    return ids;
  }

  const orgIds = await ensureEach(
    organizations,
    (o) => o.key,
    ['createOrganization', 'CreateOrganizationInput', 'organization'],
    (o) => ({
      name: o.name,
      shortName: o.shortName,
      kind: o.kind,
      countryCode: o.country,
      aliases: o.aliases,
    }),
  );
  const officialIds = await ensureEach(
    officials,
    (o) => o.key,
    ['createOfficial', 'CreateOfficialInput', 'official'],
    (o) => ({
      name: o.name,
      nativeName: o.nativeName,
      countryCode: o.country,
      aliases: o.aliases,
    }),
  );
  const postIds = await ensureEach(
    posts,
    (p) => p.key,
    ['createPost', 'CreatePostInput', 'post'],
    (p) => ({
      title: p.title,
      organizationId: need(orgIds, p.organization, 'organization'),
    }),
  );
  await ensureEach(
    holdings,
    (h) => `${h.official}:${h.startDate}`,
    ['appointOfficial', 'AppointOfficialInput', 'postHolding'],
    (h) => ({
      officialId: need(officialIds, h.official, 'official'),
      postId: need(postIds, h.post, 'post'),
      capacity: h.capacity,
      startDate: h.startDate,
      endDate: h.endDate,
      note: h.note,
    }),
  );
  const topicIds = await ensureEach(
    topics,
    (t) => t.slug,
    ['createTopic', 'CreateTopicInput', 'topic'],
    (t) => ({
      slug: t.slug,
      name: t.name,
      description: t.description,
    }),
  );
  const treatyIds = await idsByName('treaties');
  const territoryIds = await idsByName('territories');
  const commitmentIds = new Map<string, string>();
  for (const c of commitments) {
    commitmentIds.set(
      c.key,
      await ensure('createCommitment', 'CreateCommitmentInput', 'commitment', {
        title: c.title,
        kind: c.kind,
        guarantorCode: c.guarantor,
        beneficiaryCode: c.beneficiary,
        treatyId: c.treaty ? need(treatyIds, c.treaty, 'treaty') : null,
        article: c.article,
        territoryId: c.territory ? need(territoryIds, c.territory, 'territory') : null,
        description: c.description,
      }),
    );
  }
  // Topics of the reference dataset the record's statements use are looked up by slug.
  const allTopics = await execute('query { topics(first: 100) { edges { node { id slug } } } }', {});
  for (const e of allTopics.data?.topics.edges ?? []) topicIds.set(e.node.slug, e.node.id);

  for (const call of calls) {
    const callId = await ensure('recordCall', 'RecordCallInput', 'call', {
      title: call.title,
      kind: call.kind,
      date: call.date,
      timeZone: call.timeZone,
      startedAt: call.startedAt,
      durationMinutes: call.durationMinutes,
      summary: call.missingAccount ? `${call.summary} Accounts: ${call.missingAccount}` : call.summary,
      participants: call.participants.map((p) => ({ officialId: need(officialIds, p.official, 'official'), isInitiator: p.isInitiator })),
    });
    for (const source of call.sources) await loadSource(source, callId);
  }

  async function loadSource(source: RecordSource, callId: string): Promise<void> {
    const sourceId = await ensure('createSource', 'CreateSourceInput', 'source', {
      kind: source.kind,
      publisherId: need(orgIds, source.publisher, 'organization'),
      title: source.title,
      url: source.url,
      publishedOn: source.publishedOn,
      language: 'en',
      callId,
      notes: [`Account: ${sideLabel[source.side]}.`, source.notes].filter(Boolean).join(' '),
    });
    for (const s of source.statements) {
      const speakers = s.speakers ?? [];
      await ensure('addStatement', 'AddStatementInput', 'statement', {
        text: s.text,
        kind: PARAPHRASE,
        date: source.publishedOn,
        sourceId,
        callId,
        speakerIds: speakers.map((k) => need(officialIds, k, 'official')),
        // The words are the speakers' when the account reports what they said; else the named
        // organization's (a ministry quoted by a newspaper), else the publisher's own.
        attributedOrganizationId: speakers.length ? null : need(orgIds, s.attributedTo ?? source.publisher, 'organization'),
        partyIds: s.parties.map((k) => need(officialIds, k, 'official')),
        commitments: (s.commitments ?? []).map(([key, stance]) => ({ commitmentId: need(commitmentIds, key, 'commitment'), stance })),
        topicIds: (s.topics ?? []).map((slug) => need(topicIds, slug, 'topic')),
      });
    }
  }

  return result;
}

const sideLabel: Record<RecordSource['side'], string> = {
  US: 'official, U.S. side',
  ALLY: "official, the ally's side",
  JOINT: 'official, both sides',
  INDEPENDENT: 'independent report',
};
