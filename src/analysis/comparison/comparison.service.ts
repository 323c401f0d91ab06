import { Call } from '../../calls/call.entity';
import { Commitment } from '../../commitments/commitment.entity';
import type { Stance } from '../../commitments/statement-commitment.entity';
import { badInput, notFound } from '../../common/errors';
import { rowIds } from '../../common/filters';
import { toGlobalId } from '../../common/global-id';
import type { Context } from '../../context';
import { Source } from '../../sources/source.entity';
import { Statement } from '../../statements/statement.entity';
import { Topic } from '../../topics/topic.entity';
import { country, load, loadMap } from '../rows';
import { runSql } from '../side.sql';
import {
  callsSources,
  callsStatements,
  COMPARISON_MAX_STATEMENTS,
  sourcesCalls,
  sourcesStatements,
  sourcesTiming,
} from './comparison.queries';
import { agreementOf } from './agreement';
import { type CommitmentComparison, type ReadoutComparison, type SideAccount, type TopicComparison } from './comparison.types';

interface ComparedRow {
  statement_id: number;
  source_id: number;
  side: string;
  text: string;
  date: string;
  commitments: { commitmentId: number; stance: Stance }[];
  topic_ids: number[];
}

interface SourceTiming {
  id: number;
  side: string | null;
  published_on: string;
  minutes_after_start: number | null;
  days_after: number | null;
}

/**
 * The comparison of a call's sides. The rows of every call compared in one request come from two
 * queries (a list of calls each with its comparison costs no more than one call).
 */
export async function compareCall(ctx: Context, call: Call): Promise<ReadoutComparison> {
  const { rows, timing } = await ctx.loaders
    .get<number, { rows: ComparedRow[]; timing: SourceTiming[] }>('Call.comparison', async (keys) => {
      const ids = [...keys];
      const [rows, timing] = await Promise.all([
        runSql<ComparedRow & { call_id: number }>(ctx, callsStatements(ids)),
        runSql<SourceTiming & { call_id: number }>(ctx, callsSources(ids)),
      ]);
      return ids.map((id) => ({ rows: rows.filter((r) => r.call_id === id), timing: timing.filter((t) => t.call_id === id) }));
    })
    .load(call.rowId);
  return assembleComparison(ctx, call, rows, timing);
}

export const MAX_COMPARED_SOURCES = 50;

/**
 * The comparison of a set of sources about one event. Sources about different calls are refused
 * (naming the calls and which source is about which): a comparison across calls would report a
 * commitment "missing" from a side that was never on that call. Sources about no call compare as
 * they are (`call` null); sources about no call beside sources about one call join that call.
 */
export async function compareSources(ctx: Context, ids: string[]): Promise<ReadoutComparison> {
  if (ids.length === 0) throw badInput('Give at least one source', { field: ['sourceIds'] });
  if (ids.length > MAX_COMPARED_SOURCES) throw badInput(`At most ${MAX_COMPARED_SOURCES} sources`, { field: ['sourceIds'] });
  const decoded = rowIds(ids, 'Source', ['sourceIds'])!;
  const sourceIds = [...new Set(decoded)];
  const found = await runSql<{ id: number; call_ids: number[] }>(ctx, sourcesCalls(sourceIds));
  const callsOf = new Map(found.map((r) => [r.id, r.call_ids]));
  const missing = decoded.findIndex((id) => !callsOf.has(id));
  if (missing >= 0) throw notFound(`No Source has id ${ids[missing]}`, { field: ['sourceIds', missing] });
  const callIds = [...new Set(found.flatMap((r) => r.call_ids))].sort((a, b) => a - b);
  if (callIds.length > 1) throw await differentCalls(ctx, callIds, sourceIds, callsOf);
  const call = callIds.length === 1 ? await ctx.loaders.byKey<Call, number>(Call).load(callIds[0]) : null;
  const [rows, timing] = await Promise.all([
    runSql<ComparedRow>(ctx, sourcesStatements(sourceIds)),
    runSql<SourceTiming>(ctx, sourcesTiming(sourceIds, call?.rowId ?? null)),
  ]);
  return assembleComparison(ctx, call, rows, timing);
}

async function differentCalls(ctx: Context, callIds: number[], sourceIds: number[], callsOf: Map<number, number[]>) {
  const calls = await loadMap(ctx, Call, callIds);
  const described = callIds.map((id) => {
    const sources = sourceIds.filter((s) => callsOf.get(s)!.includes(id)).map((s) => toGlobalId('Source', s));
    return `"${calls.get(id)?.title ?? id}" of ${calls.get(id)?.date ?? '?'} (${sources.join(', ')})`;
  });
  return badInput(
    `The sources are about different calls: ${described.join('; ')}. Compare the sources of one call at a time (or each call's \`comparison\`).`,
    { field: ['sourceIds'], calls: callIds.map((id) => toGlobalId('Call', id)) },
  );
}

async function assembleComparison(
  ctx: Context,
  call: Call | null,
  allRows: ComparedRow[],
  timing: SourceTiming[],
): Promise<ReadoutComparison> {
  const truncated = allRows.length > COMPARISON_MAX_STATEMENTS;
  const rows = allRows.slice(0, COMPARISON_MAX_STATEMENTS);

  // A source without a publisher country takes the side of its statements.
  const sideOfSource = new Map<number, string>();
  for (const r of rows) sideOfSource.set(r.source_id, r.side);
  for (const t of timing) if (t.side) sideOfSource.set(t.id, t.side);
  const sides = [
    ...new Set([...rows.map((r) => r.side), ...timing.map((t) => sideOfSource.get(t.id)).filter((s): s is string => !!s)]),
  ].sort();

  const [sources, commitments, topics, statementOf, countries] = await Promise.all([
    loadMap(
      ctx,
      Source,
      timing.map((t) => t.id),
    ),
    load(ctx, Commitment, [...new Set(rows.flatMap((r) => r.commitments.map((c) => c.commitmentId)))]),
    load(ctx, Topic, [...new Set(rows.flatMap((r) => r.topic_ids))]),
    loadMap(
      ctx,
      Statement,
      rows.map((r) => r.statement_id),
    ),
    Promise.all(sides.map((code) => country(ctx, code))),
  ]);
  const countryOf = new Map(countries.map((c) => [c.code, c]));
  const byTitle = (a: Commitment, b: Commitment) => a.title.localeCompare(b.title);
  const byName = (a: Topic, b: Topic) => a.name.localeCompare(b.name);

  const accounts: SideAccount[] = sides.map((side) => {
    const mine = rows.filter((r) => r.side === side);
    const mineCommitments = new Set(mine.flatMap((r) => r.commitments.map((c) => c.commitmentId)));
    const mineTopics = new Set(mine.flatMap((r) => r.topic_ids));
    return {
      country: countryOf.get(side)!,
      sources: timing
        .filter((t) => sideOfSource.get(t.id) === side && sources.has(t.id))
        .map((t) => ({
          source: sources.get(t.id)!,
          publishedOn: t.published_on,
          minutesAfterCallStart: t.minutes_after_start,
          daysAfterCall: t.days_after,
        })),
      statementCount: mine.length,
      commitments: commitments.filter((c) => mineCommitments.has(c.rowId)).sort(byTitle),
      topics: topics.filter((t) => mineTopics.has(t.rowId)).sort(byName),
    };
  });

  const compared: CommitmentComparison[] = commitments.sort(byTitle).map((commitment) => {
    const using = rows.filter((r) => r.commitments.some((c) => c.commitmentId === commitment.rowId));
    const mentioning = sides.filter((side) => using.some((r) => r.side === side));
    const sideWordings = mentioning.map((side) => {
      const mine = using.filter((r) => r.side === side);
      return {
        country: countryOf.get(side)!,
        stances: [...new Set(mine.map((r) => r.commitments.find((c) => c.commitmentId === commitment.rowId)!.stance))],
        wordings: mine.map((r) => r.text),
        statements: mine.map((r) => statementOf.get(r.statement_id)!).filter(Boolean),
      };
    });
    return {
      commitment,
      shared: mentioning.length > 1,
      agreement: agreementOf(sideWordings.map((s) => s.stances)),
      countries: mentioning.map((s) => countryOf.get(s)!),
      missingFrom: sides.filter((s) => !mentioning.includes(s)).map((s) => countryOf.get(s)!),
      sides: sideWordings,
    };
  });
  const topicsCompared: TopicComparison[] = topics.sort(byName).map((topic) => {
    const touching = sides.filter((side) => rows.some((r) => r.side === side && r.topic_ids.includes(topic.rowId)));
    return { topic, shared: touching.length > 1, countries: touching.map((s) => countryOf.get(s)!) };
  });
  const sharedFirst = <T extends { shared: boolean }>(items: T[]) => [...items.filter((i) => i.shared), ...items.filter((i) => !i.shared)];
  return { call, sides: accounts, commitments: sharedFirst(compared), topics: sharedFirst(topicsCompared), truncated };
}
