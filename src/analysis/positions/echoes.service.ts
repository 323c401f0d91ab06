import type { Context } from '../../context';
import { Source } from '../../sources/source.entity';
import { Statement } from '../../statements/statement.entity';
import { loadMap } from '../rows';
import { runSql } from '../side.sql';
import { echoersOf, echoesOf } from './echoes.queries';
import type { SourceEcho } from './positions.types';

/** What a source echoes, one entry per echoed source (batched over the request's sources). */
export async function echoes(ctx: Context, source: Source): Promise<SourceEcho[]> {
  const rows = await ctx.loaders
    .get<number, { statement_id: number; echoed_source_id: number }[]>('Source.echoes', async (keys) => {
      const all = await runSql<{ source_id: number; statement_id: number; echoed_source_id: number }>(ctx, echoesOf([...keys]));
      return keys.map((k) => all.filter((r) => r.source_id === k));
    })
    .load(source.rowId);
  const [sources, statements] = await Promise.all([
    loadMap(
      ctx,
      Source,
      rows.map((r) => r.echoed_source_id),
    ),
    loadMap(
      ctx,
      Statement,
      rows.map((r) => r.statement_id),
    ),
  ]);
  return [...new Set(rows.map((r) => r.echoed_source_id))].map((id) => ({
    source: sources.get(id)!,
    statements: rows.filter((r) => r.echoed_source_id === id).map((r) => statements.get(r.statement_id)!),
  }));
}

/** The sources that echo statements of this one. */
export async function echoedBy(ctx: Context, source: Source): Promise<Source[]> {
  const ids = await ctx.loaders
    .get<number, number[]>('Source.echoedBy', async (keys) => {
      const all = await runSql<{ echoed_source_id: number; source_id: number }>(ctx, echoersOf([...keys]));
      return keys.map((k) => all.filter((r) => r.echoed_source_id === k).map((r) => r.source_id));
    })
    .load(source.rowId);
  const sources = await loadMap(ctx, Source, ids);
  return ids.map((id) => sources.get(id)!).filter(Boolean);
}
