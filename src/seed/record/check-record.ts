import type { Execute } from './load-record';
import { calls } from './record-data';

export interface RecordCheck {
  calls: number;
  sources: number;
  officialAccounts: number;
  statements: number;
  /** Everything that is wrong, one line each; empty when the record holds. */
  problems: string[];
}

const CALL = `query($date: Date!) {
  calls(first: 5, filter: { dateFrom: $date, dateTo: $date }) { edges { node {
    id title summary
    participants { official { name country { code } } postHolding { id } }
    sources { kind url notes publisher { country { code } } }
    statements(first: 40) { totalCount edges { node { text source { url } } } }
  } } }
}`;

/**
 * Checks the loaded record as an analyst would rely on it, reading it back through the API: every
 * statement has a source with a URL, every participant held a post on the call's date, and every
 * call has an official account from each side (the U.S. and its ally; a joint statement counts for
 * both) or says in the dataset why not.
 */
export async function checkRecord(execute: Execute): Promise<RecordCheck> {
  const check: RecordCheck = { calls: 0, sources: 0, officialAccounts: 0, statements: 0, problems: [] };
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
    const official = data.sources.filter((s) => s.side !== 'INDEPENDENT');
    check.officialAccounts += official.length;
    const sides = new Set(official.flatMap((s) => (s.side === 'JOINT' ? ['US', 'ALLY'] : [s.side])));
    // Accounts recorded by another dataset (the reference dataset's readouts and releases) count too.
    for (const s of call.sources) {
      if (s.kind === 'NEWS_ARTICLE' || !s.publisher?.country) continue;
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
