import type { Execute } from './load-record';
import { calls, organizations, posts, type RecordSource } from './record-data';

export interface RecordCheck {
  calls: number;
  sources: number;
  /** Official accounts, counted strictly (`isOfficialAccount`). */
  officialAccounts: number;
  /** The same, without the DoD's own news stories (NEWS_ARTICLE): the readouts, releases, transcripts and joint statements the issue names. */
  officialWithoutNews: number;
  /** The official accounts by source kind (READOUT, PRESS_RELEASE, TRANSCRIPT, JOINT_STATEMENT, NEWS_ARTICLE). */
  officialByKind: Record<string, number>;
  /** Official accounts read on a government's own site (.gov, .mil, .go.jp, .go.kr); the rest are verbatim copies. */
  officialOnGovernmentSite: number;
  /** A government's accounts not counted as official: reworded copies, passing mentions, other publishers. */
  notCounted: number;
  /** Calls whose summary carries a note on a missing account. */
  callsWithNote: number;
  statements: number;
  /** Everything that is wrong, one line each; empty when the record holds. */
  problems: string[];
}

const CALL = `query($date: Date!) {
  calls(first: 5, filter: { dateFrom: $date, dateTo: $date }) { edges { node {
    id title summary
    participants { official { name country { code } } postHolding { id } }
    sources { kind url notes publisher { name kind country { code } } }
    statements(first: 40) { totalCount edges { node { text source { url } } } }
  } } }
}`;

/** The three governments whose defense ministries' accounts are official in the record. */
const GOVERNMENTS = new Set(['US', 'JP', 'KR']);
/** The defense ministries: the organizations of the record's posts (Secretary of Defense, the two ministers). */
const DEFENSE_MINISTRIES = new Set(posts.map((p) => organizations.find((o) => o.key === p.organization)!.name));

/** A government's own site: where an account is read first-hand rather than in a republished copy. */
export const isGovernmentSite = (url: string): boolean => /\.(gov|mil|go\.jp|go\.kr)$/.test(new URL(url).hostname);

/**
 * An official account, strictly: a government's account in the dataset (not an independent report),
 * not marked a reworded copy or a passing mention, whose publisher as loaded (read back through the
 * API) is the defense ministry of the United States, Japan or the ROK (the organization of one of
 * the record's posts, of kind MINISTRY, in one of the three countries). A copy read on another site counts only
 * as a verbatim republication of that ministry's text (the data's notes say where it was read).
 */
export function isOfficialAccount(
  data: RecordSource,
  loaded: { publisher: { name: string; kind: string; country: { code: string } | null } | null },
): boolean {
  if (data.side === 'INDEPENDENT' || data.weak) return false;
  const publisher = loaded.publisher;
  return publisher?.kind === 'MINISTRY' && DEFENSE_MINISTRIES.has(publisher.name) && GOVERNMENTS.has(publisher.country?.code ?? '');
}

/**
 * Checks the loaded record as an analyst would rely on it, reading it back through the API: every
 * statement has a source with a URL, every participant held a post on the call's date, and every
 * call has an official account from each side (the U.S. and its ally; a joint statement counts for
 * both) or says in the dataset why not.
 */
export async function checkRecord(execute: Execute): Promise<RecordCheck> {
  const check: RecordCheck = {
    calls: 0,
    sources: 0,
    officialAccounts: 0,
    officialWithoutNews: 0,
    officialByKind: {},
    officialOnGovernmentSite: 0,
    notCounted: 0,
    callsWithNote: 0,
    statements: 0,
    problems: [],
  };
  for (const data of calls) {
    const response = await execute(CALL, { date: data.date });
    if (response.errors?.length) throw new Error(`record check: ${response.errors[0].message}`);
    const call = response.data!.calls.edges.map((e: any) => e.node).find((c: any) => c.title === data.title);
    if (!call) {
      check.problems.push(`${data.date} ${data.title}: not loaded`);
      continue;
    }
    check.calls += 1;
    for (const p of call.participants) {
      if (!p.postHolding) check.problems.push(`${data.date} ${data.title}: ${p.official.name} held no post that day`);
    }
    // The record's own sources (the reference dataset's, which share a call, have no URL by design).
    const own = call.sources.filter((s: any) => data.sources.some((d) => d.url === s.url));
    check.sources += own.length;
    const official = data.sources.filter((d) => {
      const loaded = own.find((s: any) => s.url === d.url);
      if (!loaded) {
        check.problems.push(`${data.date} ${data.title}: source ${d.url} not loaded`);
        return false;
      }
      if (isOfficialAccount(d, loaded)) return true;
      if (d.side !== 'INDEPENDENT') check.notCounted += 1;
      return false;
    });
    check.officialAccounts += official.length;
    check.officialWithoutNews += official.filter((s) => s.kind !== 'NEWS_ARTICLE').length;
    for (const s of official) {
      check.officialByKind[s.kind] = (check.officialByKind[s.kind] ?? 0) + 1;
      if (isGovernmentSite(s.url)) check.officialOnGovernmentSite += 1;
    }
    if (data.missingAccount) check.callsWithNote += 1;
    const sides = new Set(official.flatMap((s) => (s.side === 'JOINT' ? ['US', 'ALLY'] : [s.side])));
    // Accounts recorded by another dataset (the reference dataset's readouts and releases) count too.
    for (const s of call.sources) {
      if (own.includes(s) || s.kind === 'NEWS_ARTICLE' || s.publisher?.kind !== 'MINISTRY' || !DEFENSE_MINISTRIES.has(s.publisher.name))
        continue;
      if (s.kind === 'JOINT_STATEMENT') ['US', 'ALLY'].forEach((side) => sides.add(side));
      else sides.add(s.publisher.country.code === 'US' ? 'US' : 'ALLY');
    }
    if ((!sides.has('US') || !sides.has('ALLY')) && !(data.missingAccount && call.summary?.includes(data.missingAccount))) {
      check.problems.push(
        `${data.date} ${data.title}: no account from ${sides.has('US') ? "the ally's" : 'the U.S.'} side, and no note why`,
      );
    }
    for (const edge of call.statements.edges) {
      const expected = data.sources.some((s) => s.statements.some((st) => st.text === edge.node.text));
      if (!expected) continue;
      check.statements += 1;
      if (!edge.node.source?.url)
        check.problems.push(`${data.date} ${data.title}: statement without a source URL: ${edge.node.text.slice(0, 60)}`);
    }
    const expectedCount = data.sources.reduce((n, s) => n + s.statements.length, 0);
    const loaded = call.statements.edges.filter((e: any) =>
      data.sources.some((s) => s.statements.some((st) => st.text === e.node.text)),
    ).length;
    if (loaded !== expectedCount) check.problems.push(`${data.date} ${data.title}: ${loaded} of ${expectedCount} statements loaded`);
  }
  return check;
}
