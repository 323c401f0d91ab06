/**
 * Stage 7a, dates: calendar dates, weekdays and dates without a year ("on the morning of April 17",
 * "yesterday"), read relative to the publication date with chrono-node. A date without a year is
 * the nearest such day on or before publication (plus a day: a report can carry tomorrow's date
 * line across time zones); a weekday is the last such day on or before it.
 */
import * as chrono from 'chrono-node';
import { findDates, type TextDate } from '../text';

export interface PipelineDate extends TextDate {
  rule: TextDate['rule'];
}

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Dates the text gives, in order; `publishedOn` anchors relative ones. */
export function textDates(text: string, publishedOn: string | null): TextDate[] {
  const found = findDates(text, publishedOn);
  if (!publishedOn) return found;
  const ref = new Date(`${publishedOn}T12:00:00Z`);
  const covered = (a: number, b: number) => found.some((d) => d.start < b && d.end > a);
  // chrono reads a sentence at a time well; one call over the text keeps it linear.
  // "the morning of April 17" is April 17 (chrono reads it as this morning): blanked, offsets kept.
  const plain = text.replace(/\b(?:morning|afternoon|evening|night)\s+of\b/gi, (m) => ' '.repeat(m.length));
  for (const r of chrono.en.parse(plain, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const a = r.index;
    const b = r.index + r.text.length;
    if (covered(a, b)) continue;
    const s = r.start;
    if (!s.isCertain('day') && !/\b(?:yesterday|today|tonight|this morning|this afternoon|this evening)\b/i.test(r.text)) continue;
    let date = iso(s.get('year')!, s.get('month')!, s.get('day')!);
    if (!s.isCertain('year') && s.isCertain('month') && date > addDays(publishedOn, 1))
      date = iso(s.get('year')! - 1, s.get('month')!, s.get('day')!);
    if (!s.isCertain('year') && date > addDays(publishedOn, 1)) continue;
    found.push({ start: a, end: b, text: r.text, date, rule: 'calendar-date' });
  }
  return found.sort((x, y) => x.start - y.start);
}
