/**
 * Entity recall: what the world lacks that a document's expected drafts need (officials and
 * organizations not on record, calls not recorded), and how much of it the import proposes
 * anywhere in the document (its document-level proposals), whatever the drafts then do with it.
 * A draft can only be right when the entities it needs were proposed, so this is the ceiling the
 * drafts work under, measured on its own. Counts only (no names), so it is printed for held-out
 * sets too. Pure functions; unit tests in test/unit/import-entity-recall.test.ts.
 */
import { nameKey, proposedMatches, type ExpectedDraft, type ProposedPerson } from './import-scoring';

/** What the import proposed for a whole document (ImportDocument.proposedOfficials, …Organizations, …Call). */
export interface DocumentProposals {
  officials: { name: string; country?: string; capacity?: string }[];
  organizations: { name: string; country?: string }[];
  /** The document's proposed call, with the names of every participant (on record and proposed); null when none. */
  call: { participants: string[] } | null;
}

export interface EntityTally {
  /** Distinct officials not on record the expected drafts name (authors and parties). */
  officials: number;
  /** …of them proposed under that name. */
  officialsNamed: number;
  /** …of them proposed under that name with the expected country and capacity (where both say one). */
  officialsRight: number;
  /** Officials the document proposes that no expected draft names. */
  officialsUnused: number;
  /** Distinct organizations not on record expected as authors. */
  organizations: number;
  organizationsNamed: number;
  organizationsRight: number;
  /** Documents whose expected drafts need a call that is not recorded. */
  calls: number;
  /** …of them with a proposed call. */
  callsProposed: number;
  /** …of them whose proposed call has every expected participant (where the labels list them). */
  callsRight: number;
  /** Expected passages that need at least one of the above. */
  passages: number;
  /** …of them whose every needed entity is proposed (rightly) somewhere in the document: the drafts' ceiling. */
  passagesCovered: number;
}

export const emptyEntityTally = (): EntityTally => ({
  officials: 0,
  officialsNamed: 0,
  officialsRight: 0,
  officialsUnused: 0,
  organizations: 0,
  organizationsNamed: 0,
  organizationsRight: 0,
  calls: 0,
  callsProposed: 0,
  callsRight: 0,
  passages: 0,
  passagesCovered: 0,
});

const proposedPeople = (e: ExpectedDraft): ProposedPerson[] =>
  [...(e.author.officials ?? []), ...e.parties].flatMap((p) => (p.proposed ? [p.proposed] : []));

function distinctBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const t of items) if (!seen.has(key(t))) seen.set(key(t), t);
  return [...seen.values()];
}

export function documentEntities(expected: ExpectedDraft[], proposals: DocumentProposals): EntityTally {
  const t = emptyEntityTally();
  const named = (p: ProposedPerson) => proposals.officials.some((h) => nameKey(h.name) === nameKey(p.name));
  const right = (p: ProposedPerson) => proposals.officials.some((h) => proposedMatches(p, { ...h, roles: null }));
  const people = distinctBy(expected.flatMap(proposedPeople), (p) => nameKey(p.name));
  t.officials = people.length;
  t.officialsNamed = people.filter(named).length;
  t.officialsRight = people.filter(right).length;
  t.officialsUnused = distinctBy(proposals.officials, (h) => nameKey(h.name)).filter(
    (h) => !people.some((p) => nameKey(p.name) === nameKey(h.name)),
  ).length;

  const organizationRight = (o: { name: string; country?: string }) =>
    proposals.organizations.some((h) => nameKey(h.name) === nameKey(o.name) && (!o.country || !h.country || o.country === h.country));
  const organizations = distinctBy(
    expected.flatMap((e) => (e.author.proposedOrganization ? [e.author.proposedOrganization] : [])),
    (o) => nameKey(o.name),
  );
  t.organizations = organizations.length;
  t.organizationsNamed = organizations.filter((o) => proposals.organizations.some((h) => nameKey(h.name) === nameKey(o.name))).length;
  t.organizationsRight = organizations.filter(organizationRight).length;

  const callOf = (e: ExpectedDraft) => (e.call !== null && typeof e.call === 'object' ? e.call : null);
  // DOCUMENT_NAME for the call's participants too (round 20): an expected participant the document names by one word of the
  // full name only ("Minister for Defence Payne") is proposed rightly under that word, as the drafts' parties are judged
  // (the word `withDocumentNames` marked on that person where the expected drafts name them as author or party).
  const documentNames = new Map(
    expected
      .flatMap(proposedPeople)
      .filter((p) => p.documentName !== undefined)
      .map((p) => [nameKey(p.name), p.documentName!] as const),
  );
  const participantIn = (n: string, have: string[]) =>
    have.some((h) => nameKey(h) === nameKey(n) || (documentNames.has(nameKey(n)) && nameKey(h) === documentNames.get(nameKey(n))));
  const callRight = (c: { participants?: string[] }) =>
    proposals.call !== null && (c.participants ?? []).every((n) => participantIn(n, proposals.call!.participants));
  const calls = expected.map(callOf).filter((c) => c !== null);
  if (calls.length) {
    t.calls = 1;
    t.callsProposed = proposals.call ? 1 : 0;
    t.callsRight = calls.some(callRight) ? 1 : 0;
  }

  for (const e of expected) {
    const people = proposedPeople(e);
    const organization = e.author.proposedOrganization;
    const call = callOf(e);
    if (!people.length && !organization && !call) continue;
    t.passages += 1;
    if (people.every(right) && (!organization || organizationRight(organization)) && (!call || callRight(call))) t.passagesCovered += 1;
  }
  return t;
}

export function mergeEntityTallies(list: EntityTally[]): EntityTally {
  const sum = emptyEntityTally();
  for (const t of list) for (const k of Object.keys(sum) as (keyof EntityTally)[]) sum[k] += t[k];
  return sum;
}

const share = (n: number, of: number) => (of ? `${n}/${of} (${(n / of).toFixed(2)})` : '-');

export function formatEntities(t: EntityTally): string[] {
  return [
    `  entities the world lacks, proposed anywhere in the document (counts only; the drafts' ceiling):`,
    `    officials ${share(t.officialsRight, t.officials)} right (${t.officialsNamed} by name); ${t.officialsUnused} proposed that no expected draft names`,
    `    organizations ${share(t.organizationsRight, t.organizations)} right (${t.organizationsNamed} by name)   calls ${share(
      t.callsRight,
      t.calls,
    )} documents right (${t.callsProposed} with a proposed call)`,
    `    passages needing one: ${share(t.passagesCovered, t.passages)} with all they need proposed`,
  ];
}
