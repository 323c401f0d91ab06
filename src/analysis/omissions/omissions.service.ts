import { Call } from '../../calls/call.entity';
import { Commitment } from '../../commitments/commitment.entity';
import { badInput } from '../../common/errors';
import { countryCodes } from '../../common/filters';
import { decodeRowId } from '../../common/global-id';
import type { Context } from '../../context';
import { Source } from '../../sources/source.entity';
import { country, loadMap } from '../rows';
import { runSql } from '../side.sql';
import { omissions, type OmissionQuery } from './omissions.queries';
import type { CommitmentOmission, OmissionArgs } from './omissions.types';

export type { OmissionQuery } from './omissions.queries';

export interface OmissionRow {
  call_id: number;
  date: string;
  side: string;
  commitment_id: number;
  source_ids: number[];
  prior_call_ids: number[];
  open: boolean;
}

export function checkPair(codes: string[], field: string): [string, string] {
  const pair = countryCodes(codes, [field])!;
  if (pair.length !== 2 || pair[0] === pair[1]) throw badInput(`"${field}" must name two different countries`, { field: [field] });
  return [pair[0], pair[1]];
}

export function checkWindow(window: number, field = 'window'): number {
  if (!Number.isInteger(window) || window < 1 || window > 20) throw badInput(`"${field}" must be between 1 and 20`, { field: [field] });
  return window;
}

export function omissionRows(ctx: Pick<Context, 'db'>, q: OmissionQuery): Promise<OmissionRow[]> {
  return runSql<OmissionRow>(ctx, omissions(q));
}

export async function toOmissions(ctx: Pick<Context, 'loaders'>, rows: OmissionRow[]): Promise<CommitmentOmission[]> {
  const [call, commitment, source] = await Promise.all([
    loadMap(
      ctx,
      Call,
      rows.flatMap((r) => [r.call_id, ...r.prior_call_ids]),
    ),
    loadMap(
      ctx,
      Commitment,
      rows.map((r) => r.commitment_id),
    ),
    loadMap(
      ctx,
      Source,
      rows.flatMap((r) => r.source_ids),
    ),
  ]);
  return Promise.all(
    rows.map(async (r) => ({
      call: call.get(r.call_id)!,
      date: r.date,
      side: await country(ctx, r.side),
      commitment: commitment.get(r.commitment_id)!,
      sources: r.source_ids.map((id) => source.get(id)).filter((s): s is Source => !!s),
      priorCalls: r.prior_call_ids.map((id) => call.get(id)).filter((c): c is Call => !!c),
      open: r.open,
    })),
  );
}

export async function commitmentOmissions(ctx: Context, args: OmissionArgs): Promise<CommitmentOmission[]> {
  const countries = checkPair(args.countries, 'countries');
  const window = checkWindow(args.window);
  if (!(args.first >= 1 && args.first <= 100)) throw badInput('"first" must be between 1 and 100', { field: ['first'] });
  const side = args.side == null ? null : countryCodes([args.side], ['side'])![0];
  if (side && !countries.includes(side)) throw badInput('"side" must be one of the two countries', { field: ['side'] });
  const commitmentId = args.commitmentId == null ? null : decodeRowId(args.commitmentId, 'Commitment', { field: ['commitmentId'] });
  const rows = (await omissionRows(ctx, { countries, commitmentId, window, side })).filter((r) => !args.openOnly || r.open);
  return toOmissions(ctx, rows.slice(0, args.first));
}
