import { Commitment } from '../../commitments/commitment.entity';
import type { Context } from '../../context';
import { loadMap } from '../rows';
import { runSql } from '../side.sql';
import { toAffirmations, type UsageRow } from '../timeline/timeline.service';
import { latestUsages, pairCommitments as pairCommitmentsSql } from './country-pair.queries';
import type { PairCommitment } from './country-pair.types';

export async function pairCommitments(ctx: Context, [a, b]: [string, string]): Promise<PairCommitment[]> {
  const rows = await runSql<{ id: number; n: number; latest: number | null }>(ctx, pairCommitmentsSql(a, b));
  const commitments = await loadMap(
    ctx,
    Commitment,
    rows.map((r) => r.id),
  );
  const latestIds = rows.map((r) => r.latest).filter((id): id is number => id != null);
  const usages = latestIds.length
    ? await runSql<UsageRow>(
        ctx,
        latestUsages(
          rows.map((r) => r.id),
          latestIds,
        ),
      )
    : [];
  const affirmationsOf = await toAffirmations(ctx, usages);
  return rows.map((r) => {
    const i = usages.findIndex((u) => u.commitment_id === r.id && u.statement_id === r.latest);
    return { commitment: commitments.get(r.id)!, affirmationCount: r.n, latestAffirmation: i >= 0 ? affirmationsOf[i] : null };
  });
}
