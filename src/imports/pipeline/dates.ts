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

/** Words a date can be built on: month names, relative days. */
const DATE_HINT =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|yesterday|today|tonight|this (?:morning|afternoon|evening))\b/gi;

const RELATIVE_DAYS: Record<string, number> = {
  yesterday: -1,
  today: 0,
  tonight: 0,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
};

/** "the day before " ending right before "yesterday". */
const DAY_BEFORE = /\bthe\s+day\s+before\s+$/i;

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Dates the text gives, in order; `publishedOn` anchors relative ones. */
export function textDates(text: string, publishedOn: string | null): TextDate[] {
  const found = findDates(text, publishedOn);
  if (!publishedOn) return found;
  const ref = new Date(`${publishedOn}T12:00:00Z`);
  const covered = (a: number, b: number) => found.some((d) => d.start < b && d.end > a);
  // chrono reads a sentence at a time well; one call over the text keeps it linear.
  // chrono is slow on long texts: it reads only windows around words that can start a date.
  const seen = new Set<number>();
  const parsed = new Map<string, chrono.ParsedResult[]>();
  for (const hint of text.matchAll(DATE_HINT)) {
    // Days relative to publication need no parser.
    const relative = RELATIVE_DAYS[hint[0].toLowerCase()];
    if (relative !== undefined) {
      // "the day before yesterday": one day more.
      const before = DAY_BEFORE.exec(text.slice(Math.max(0, hint.index! - 16), hint.index!));
      const a = hint.index! - (before && relative === -1 ? before[0].length : 0);
      const b = hint.index! + hint[0].length;
      if (!covered(a, b))
        found.push({
          start: a,
          end: b,
          text: text.slice(a, b),
          date: addDays(publishedOn, relative - (a < hint.index! ? 1 : 0)),
          rule: 'calendar-date',
        });
      continue;
    }
    const from = Math.max(0, hint.index! - 30);
    const window = text.slice(from, Math.min(text.length, hint.index! + 40));
    // "the morning of April 17" is April 17 (chrono reads it as this morning): blanked, offsets kept.
    const plain = window.replace(/\b(?:morning|afternoon|evening|night)\s+of\b/gi, (m) => ' '.repeat(m.length));
    let results = parsed.get(plain);
    if (!results) {
      results = chrono.en.parse(plain, { instant: ref, timezone: 0 }, { forwardDate: false });
      if (parsed.size < 2_000) parsed.set(plain, results);
    }
    for (const r of results) {
      const a = from + r.index;
      const b = a + r.text.length;
      if (seen.has(a) || covered(a, b)) continue;
      seen.add(a);
      const s = r.start;
      if (!s.isCertain('day') && !/\b(?:yesterday|today|tonight|this morning|this afternoon|this evening)\b/i.test(r.text)) continue;
      let date = iso(s.get('year')!, s.get('month')!, s.get('day')!);
      if (!s.isCertain('year') && s.isCertain('month') && date > addDays(publishedOn, 1))
        date = iso(s.get('year')! - 1, s.get('month')!, s.get('day')!);
      if (!s.isCertain('year') && date > addDays(publishedOn, 1)) continue;
      found.push({ start: a, end: b, text: r.text, date, rule: 'calendar-date' });
    }
  }
  // "on the 22nd", "last night": days relative to publication that name no month.
  for (const m of text.matchAll(DAY_OF_MONTH)) {
    const a = m.index!;
    if (covered(a, a + m[0].length)) continue;
    const date = dayOfMonthBefore(Number(m[1]), publishedOn);
    if (date) found.push({ start: a, end: a + m[0].length, text: m[0], date, rule: 'calendar-date' });
  }
  // "Tuesday", "on Tuesday morning": the last such day on or before publication (the day itself included).
  for (const m of text.matchAll(WEEKDAY)) {
    const a = m.index!;
    if (covered(a, a + m[0].length)) continue;
    found.push({ start: a, end: a + m[0].length, text: m[0], date: weekdayOnOrBefore(m[1], publishedOn), rule: 'calendar-date' });
  }
  for (const m of text.matchAll(LAST_NIGHT)) {
    const a = m.index!;
    if (!covered(a, a + m[0].length))
      found.push({ start: a, end: a + m[0].length, text: m[0], date: addDays(publishedOn, -1), rule: 'calendar-date' });
  }
  return found.sort((x, y) => x.start - y.start);
}

/** "the 22nd" with no month after it (a month after it is chrono's). */
const DAY_OF_MONTH = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/gi;
const LAST_NIGHT = /\blast\s+night\b/gi;
/** A weekday with no date after it ("Tuesday, April 14" is chrono's); "next Tuesday" and "last Tuesday" are not the day reported. */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = new RegExp(
  `(?<!\\b(?:next|last|every|on\\s+a)\\s+)\\b(${WEEKDAYS.join('|')})\\b(?!,?\\s+(?:the\\s+)?\\d|,?\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))`,
  'g',
);

/** The last day named so on or before publication. */
export function weekdayOnOrBefore(name: string, publishedOn: string): string {
  const target = WEEKDAYS.indexOf(name);
  const day = new Date(`${publishedOn}T00:00:00Z`).getUTCDay();
  return addDays(publishedOn, -((day - target + 7) % 7));
}

/** The latest day of that number on or before publication (a day after it allowed, for a date line across time zones). */
export function dayOfMonthBefore(day: number, publishedOn: string): string | null {
  if (day < 1 || day > 31) return null;
  const latest = addDays(publishedOn, 1);
  let [y, m] = [Number(latest.slice(0, 4)), Number(latest.slice(5, 7))];
  for (let i = 0; i < 3; i++) {
    const date = iso(y, m, day);
    if (date.slice(8, 10) === String(day).padStart(2, '0') && date <= latest) return date;
    m -= 1;
    if (m === 0) [y, m] = [y - 1, 12];
  }
  return null;
}

/**
 * PAST_PERIOD_LEAD: a sentence opening on a past period ("Last week, …", "Last month …", "Two weeks ago, …") dates what
 * it reports to that period. Returns whether `date` (a call's day) lies outside it: then the words are not of that call.
 * ("Earlier this week" and weekdays are left alone: they may be the call's own day.)
 */
export const PAST_PERIOD_LEAD = /^\W*(?:[Ll]ast\s+(week|month)|(a|one|two|three|four|several)\s+(weeks?|months?)\s+ago)\b/;

export function outsidePastPeriodLead(sentence: string, date: string, publishedOn: string): boolean {
  const m = PAST_PERIOD_LEAD.exec(sentence);
  if (!m) return false;
  const days = (Date.parse(`${publishedOn}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000;
  // "last week": the week before this one, so at least two days back; "last month": the month before the publication's.
  if (m[1] === 'week') return days < 2;
  if (m[1] === 'month') return date.slice(0, 7) === publishedOn.slice(0, 7);
  const n = { a: 1, one: 1, two: 2, three: 3, four: 4, several: 2 }[m[2].toLowerCase() as 'a'] ?? 1;
  return days < n * (m[3].startsWith('week') ? 7 : 28) - 3;
}

/**
 * PAST_PERIOD_ENGAGEMENT: "Last month I hosted Minister X, and we agreed …", "Two weeks ago we met in Tokyo …": a meeting
 * the speaker dates to a past period and tells as such (a meeting verb in the sentence). Returns the days the period spans,
 * for finding the recorded engagement between the speaker and the person named, whatever engagement the document is about.
 */
const PAST_PERIOD_ANYWHERE = /\b(?:[Ll]ast\s+(week|month)|(a|one|two|three|four|several)\s+(weeks?|months?)\s+ago)\b/;
const MEETING_VERB =
  /\b(?:hosted|met|visited|received|welcomed|spoke|talked|called|(?:held|had)\s+(?:[\w-]+\s+){0,3}?(?:talks|meeting|call|conversation|consultations|dialogue))\b/i;

export function pastPeriodEngagement(sentence: string, publishedOn: string): { from: string; to: string } | null {
  const m = PAST_PERIOD_ANYWHERE.exec(sentence);
  if (!m || !MEETING_VERB.test(sentence)) return null;
  if (m[1] === 'week') return { from: addDays(publishedOn, -14), to: addDays(publishedOn, -2) };
  if (m[1] === 'month') {
    const [y, mo] = publishedOn.split('-').map(Number);
    const [py, pm] = mo === 1 ? [y - 1, 12] : [y, mo - 1];
    return { from: iso(py, pm, 1), to: addDays(iso(y, mo, 1), -1) };
  }
  const n = { a: 1, one: 1, two: 2, three: 3, four: 4, several: 2 }[m[2].toLowerCase() as 'a'] ?? 1;
  const days = n * (m[3].startsWith('week') ? 7 : 30);
  return {
    from: addDays(publishedOn, -days - (m[3].startsWith('week') ? 4 : 15)),
    to: addDays(publishedOn, -days + (m[3].startsWith('week') ? 4 : 15)),
  };
}
