import { GraphQLScalarType, Kind } from 'graphql';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a YYYY-MM-DD string naming a real calendar day. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function parseDate(value: unknown): string {
  if (!isIsoDate(value)) throw new TypeError(`Date must be a calendar date as YYYY-MM-DD (got ${JSON.stringify(value)})`);
  return value;
}

/**
 * A calendar date without time zone (YYYY-MM-DD). The database hands dates over as strings
 * (see the pg type parser in db/data-source) so no time zone can shift them by a day.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (ISO 8601), with no time zone.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string YYYY-MM-DD');
    return parseDate(ast.value);
  },
});

const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !DATETIME_RE.test(value) || Number.isNaN(Date.parse(value))) {
    throw new TypeError(
      `DateTime must be an ISO 8601 timestamp with offset, e.g. 2025-01-31T14:00:00+09:00 (got ${JSON.stringify(value)})`,
    );
  }
  return new Date(value);
}

/** An instant, serialized as ISO 8601 in UTC; inputs must carry an offset. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in time, ISO 8601 with a UTC offset (e.g. 2025-01-31T05:00:00.000Z).',
  serialize: (value) => {
    const d = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(d.getTime())) throw new TypeError('DateTime cannot represent an invalid date');
    return d.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('DateTime must be a string');
    return parseDateTime(ast.value);
  },
});
