import { sql } from 'pg-sql2';
import { AuditAction } from '../audit/audit-entry.entity';
import { toGlobalId } from '../common/global-id';
import { txQuery } from '../common/tx-query';
import { COUNTRY_ZONES, countryName } from '../imports/pipeline/countries';
import type { WriteTx } from '../write/write-tx';

/** The name and capital's time zone of an ISO 3166-1 alpha-2 code of a real country, or null for a code that names none. */
export function knownCountry(code: string): { name: string; timeZone: string } | null {
  const name = countryName(code);
  const timeZone = COUNTRY_ZONES[code];
  return name && timeZone ? { name, timeZone } : null;
}

/**
 * Records a real country that is not on record yet (its usual name, its capital's time zone), audited, in the write's
 * transaction; false for a code that names no country. The record starts with the countries of the reference
 * dataset; any other is recorded the first time a write names it (an official of the United Kingdom, an accepted
 * draft that proposes one).
 */
export async function recordCountry(tx: WriteTx, code: string): Promise<boolean> {
  const found = await txQuery(tx.manager, sql`SELECT 1 FROM countries WHERE code = ${sql.value(code)}`);
  if (found.length) return true;
  const country = knownCountry(code);
  if (!country) return false;
  const inserted = await txQuery(
    tx.manager,
    sql`INSERT INTO countries (code, name, time_zone) VALUES (${sql.value(code)}, ${sql.value(country.name)}, ${sql.value(country.timeZone)})
        ON CONFLICT DO NOTHING RETURNING code`,
  );
  if (inserted.length) tx.record(AuditAction.CREATE, 'Country', toGlobalId('Country', code), null, { code, ...country });
  return true;
}

/** For `InputCheck.done`: records the real countries among codes a write names that are not on record, and says which. */
export const countryRecorder =
  (tx: WriteTx) =>
  async (codes: string[]): Promise<string[]> => {
    const recorded: string[] = [];
    for (const code of codes) if (await recordCountry(tx, code)) recorded.push(code);
    return recorded;
  };
