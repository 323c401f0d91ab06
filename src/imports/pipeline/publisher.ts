/**
 * The publisher a document names of itself, for a document imported without a publisher on record
 * (a Philippine department's release, a UK ministry's news story): official releases carry the
 * publishing body on a line of its own at the head or the foot ("DEPARTMENT OF NATIONAL DEFENSE",
 * "From: Ministry of Defence and The Rt Hon …", "Issued by the Office of …"). Its third-person
 * prose is that body's; the import proposes it as the author, created on acceptance.
 */

import { countriesNamed } from './countries';
import { HONORIFICS, isTitleLine, personNames, POST_NOMINALS } from './people';

/**
 * A line that is a publishing body's name, as data: an optional label, then "Ministry/Department/Office/Agency of …"
 * (with an optional qualifier of the state's form before it: "Federal Ministry of …", "Royal Ministry of …"),
 * optionally ending with its state's formal name ("… of the Socialist Republic of X", "… of the
 * Kingdom of X", as ministries' portals head their pages).
 */
export const PUBLISHER_LINE =
  /^(?:(?:From|Issued\s+by|Published\s+by|Source)\s*:?\s*)?(?:the\s+)?((?:(?:Federal|Royal|National|State|Imperial)\s+)?(?:Ministry|Department|Office|Agency)\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+(?!and\s+(?:the\s+)?(?:Rt|Right|Hon|Honourable|Honorable)\b)(?:and\s+|of\s+|for\s+)?[\p{L}-]+){0,4}?(?:\s+of\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?)\s*(?:$|,|\s+and\s+(?:the\s+)?(?:Rt|Right|Hon|Honourable|Honorable)\b|\s+[|–—-]\s)/iu;

/**
 * A diplomatic mission's line ("U.S. Embassy New Delhi", "Embassy of Canada in Seoul", "British High Commission, Canberra"):
 * the country is the adjective before the mission's word or the one after "of".
 */
export const MISSION_LINE =
  /^(?:the\s+)?(?:((?:U\.S\.|\p{Lu}[\p{L}-]+)\s+(?:Embassy|High\s+Commission|Consulate(?:\s+General)?)(?:,?\s+(?:in\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?)|((?:Embassy|High\s+Commission|Consulate(?:\s+General)?)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})(?:,?\s+(?:in\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?))\s*$/u;

/**
 * A body's name after an explicit label, whatever its form ("From: National Defence", "Issued by: Global Maritime
 * Affairs Office"): the label says a publisher follows, so the name need not read "Ministry of …". Named as data: up to
 * six capitalised words (with "of", "for", "and", "the" between) holding a word of public bodies, and not a person's name.
 */
export const LABELLED_PUBLISHER = {
  name: 'a labelled publisher line ("From: …") naming a public body',
  pattern:
    /^(?:From|Issued\s+by|Published\s+by)\s*:\s*(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the)\s+)?\p{Lu}[\p{L}'’-]*){0,5})\s*(?:$|,|\s+and\s+(?:the\s+)?(?:Rt|Right|Hon|Honourable|Honorable)\b|\s+[|–—-]\s)/u,
  body: /\b(?:Defen[cs]e|Ministry|Department|Office|Affairs|Forces|Agency|Command|Government|Secretariat|Cabinet|Embassy|Mission|Bureau|Directorate|Navy|Army|Council)\b/,
};

/**
 * CONTACT_OFFICE_LINE: a release's contact line naming the press office first, then its body ("Media Relations, Department of
 * X", "Press Office, Ministry of Y", "Public Affairs: Office of Z"), as releases end their contacts: the body is the
 * publisher, as on a line of its own.
 */
export const CONTACT_OFFICE_LINE = {
  name: 'a contact line: the press office, then the body it belongs to',
  pattern:
    /^(?:(?:Media|Press|News|Public)\s+(?:Relations|Office|Affairs|Service|Section|Unit|Desk|Centre|Center)(?:\s+(?:Office|Division|Branch|Bureau|Section|Unit))?|Communications(?:\s+(?:Office|Division|Branch|Directorate|Department|Unit))?|Press\s+and\s+(?:Information|Communications?)\s+(?:Office|Department|Division))\s*[,:|–—-]\s*/iu,
};

/**
 * COUNTRY_AROUND_BODY: the body's country written around its name rather than after "of the Republic of": as an adjective
 * before it ("Norwegian Ministry of Defence", "Danish Ministry of Defence", as those ministries head their English pages) or in
 * brackets after it ("Ministry of Defence (Lithuania)"). The country is not part of the name.
 */
export const COUNTRY_AROUND_BODY = {
  name: "the body's country as an adjective before its name or in brackets after it",
  before: /^(\p{Lu}[\p{L}-]+)\s+(?=(?:(?:Federal|Royal|National|State)\s+)?(?:Ministry|Department)\s+of\b)/u,
  after: /\s+\((\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\)\s*$/u,
};

/** A minister named with the body on its line, after "and": "… and The Rt Hon Jane Roe MP", "… and Hon Jane Roe". */
const CO_PUBLISHER = /\band\s+(?:the\s+)?(?:(?:Rt\.?|Right)\s+)?(?:Hon\.?|Honourable|Honorable)\s+([^,;]+)/gi;

/**
 * SIGNATURE_RUN_IN: a body's name as the last words of a document, after its last sentence's stop and with no stop of its
 * own, every word capitalised but "of", "for", "and", "the" ("… the region. Department of X"): a sign-off run into the last
 * paragraph. Group 1 the name (read then as PUBLISHER_LINE reads a line).
 */
export const SIGNATURE_RUN_IN = {
  name: "a body's sign-off run into the last paragraph",
  pattern: /[.!?]["”’]?[ \t]+((?:Ministry|Department|Office|Agency)\s+of(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}-]*)){1,6})[ \t]*$/u,
};

/**
 * BREADCRUMB_TRAIL (round 14): a page's trail of links at its head ("Embassy of X > Embassy of X DC >> News", "Home » Ministry
 * of Y » Press"): the first crumb that is a body's name is read as a line of its own. Crumbs are set apart by ">" or "»".
 */
export const BREADCRUMB_TRAIL = {
  name: "a page's breadcrumb trail: a crumb that names a body",
  separator: /\s+(?:>{1,2}|»)\s+/,
};

/** How many lines at the head and at the foot of a document may name its publisher. */
export const PUBLISHER_LINES = { head: 8, foot: 4 };

const SMALL = new Set(['of', 'the', 'and', 'for']);

/** "DEPARTMENT OF NATIONAL DEFENSE" → "Department of National Defense"; mixed case is kept. */
export function organizationName(words: string): string {
  const name = words.replace(/\s+/g, ' ').trim();
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.replace(/(^|-)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())))
    .join(' ');
}

/**
 * "Ministry of National Defence of the Republic of Poland": the body's name ("Ministry of National Defence") and the
 * country it ends with ("of the Republic of Poland", "of Japan", "of the Democratic Socialist Republic of X": up to three
 * words before the state's form), which is the body's country, not part of its name.
 */
export function splitCountry(name: string): { name: string; country: string | null } {
  const m =
    /\s+of\s+(?:the\s+)?((?:(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Republic|Kingdom|Commonwealth|State|Federation|Sultanate|Union)\s+of\s+(?:the\s+)?)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}))$/u.exec(
      name,
    );
  if (!m || m.index === 0 || !/\bof\b/.test(name.slice(0, m.index))) return { name, country: null };
  if (!countriesNamed(m[1]).length && !countriesNamed(m[2]).length) return { name, country: null };
  return { name: name.slice(0, m.index), country: m[1] };
}

/** LABELLED_PUBLISHER's match on a line, when the name holds a public body's word and is no person's name. */
function labelledBody(line: string): RegExpExecArray | null {
  const m = LABELLED_PUBLISHER.pattern.exec(line);
  if (!m || !LABELLED_PUBLISHER.body.test(m[1])) return null;
  return personNames(m[1]).some((p) => p.text === m[1]) ? null : m;
}

/** The publishing body a document names on a line of its own at its head or foot, with where the name is. */
export function publisherLine(
  text: string,
): { name: string; start: number; end: number; country: string | null; people?: string[] } | null {
  const lines: { line: string; start: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) lines.push({ line, start: at });
    at += line.length + 1;
  }
  const candidates = [...lines.slice(0, PUBLISHER_LINES.head), ...lines.slice(-PUBLISHER_LINES.foot)];
  // SIGNATURE_RUN_IN: the body's sign-off run into the document's last paragraph by a page that re-posts it
  // ("… in the region. Department of X"): the words after its last sentence's stop, read as a line of its own.
  const last = lines[lines.length - 1];
  const runIn = last ? SIGNATURE_RUN_IN.pattern.exec(last.line) : null;
  if (runIn) candidates.push({ line: runIn[1], start: last.start + runIn.index + runIn[0].length - runIn[1].length });
  // BREADCRUMB_TRAIL: each crumb of a trail among the head lines, in order, read as a line of its own.
  for (const { line, start } of lines.slice(0, PUBLISHER_LINES.head)) {
    if (!BREADCRUMB_TRAIL.separator.test(line)) continue;
    let from = 0;
    for (const crumb of line.split(BREADCRUMB_TRAIL.separator)) {
      const at = line.indexOf(crumb, from);
      from = at + crumb.length;
      if (crumb.trim()) candidates.push({ line: crumb, start: start + at });
    }
  }
  for (const { line, start } of candidates) {
    // A line of its own: short, not a sentence.
    if (line.length > 120) continue;
    const mission = MISSION_LINE.exec(line.trim());
    if (mission) {
      const words = (mission[1] ?? mission[2]).replace(/\s+/g, ' ');
      const country = mission[1] ? /^\S+/.exec(words)![0] : mission[3];
      const offset = start + line.indexOf(line.trim()) + mission[0].indexOf(mission[1] ?? mission[2]);
      return { name: words, start: offset, end: offset + (mission[1] ?? mission[2]).length, country };
    }
    const contact = CONTACT_OFFICE_LINE.pattern.exec(line.trim());
    let body = contact ? line.trim().slice(contact[0].length) : line.trim();
    let skipped = contact?.[0].length ?? 0;
    // COUNTRY_AROUND_BODY: a country's adjective before the body, or its name in brackets after it.
    const adjective = COUNTRY_AROUND_BODY.before.exec(body);
    const around = adjective && countriesNamed(adjective[1]).length ? adjective[1] : null;
    if (around) {
      body = body.slice(adjective![0].length);
      skipped += adjective![0].length;
    }
    const bracketed = COUNTRY_AROUND_BODY.after.exec(body);
    const inBrackets = bracketed && countriesNamed(bracketed[1]).length ? bracketed[1] : null;
    if (inBrackets) body = body.slice(0, bracketed!.index);
    let m = PUBLISHER_LINE.exec(body) ?? (contact ? null : labelledBody(body));
    // SEGMENT_OF_HEAD_LINE: a header or dateline whose parts are set apart ("News release | Ministry of X", "<date> – <place> –
    // Department of X / Armed Forces", as canada.ca datelines end): the part that is a body's name.
    if (!m && !contact)
      for (const part of body.split(/\s+[|–—/]\s+/).slice(1)) {
        m = PUBLISHER_LINE.exec(part.trim());
        if (m) {
          skipped += body.indexOf(part.trim());
          break;
        }
      }
    if (!m) continue;
    const offset = start + line.indexOf(line.trim()) + skipped + m[0].indexOf(m[1]);
    const split = splitCountry(organizationName(m[1]));
    const name = split.name;
    const country = split.country ?? around ?? inBrackets;
    // "From: Ministry of Defence and The Rt Hon Jane Roe MP": the minister who publishes it with the body, of its country.
    const people = [...line.slice(line.indexOf(m[1]) + m[1].length).matchAll(CO_PUBLISHER)].flatMap((x) =>
      personNames(x[1]).map((p) => p.name),
    );
    return { name, start: offset, end: offset + m[1].length, country, people };
  }
  return null;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "Hon Jane Roe", "The Hon Jane Roe MP", "Senator the Hon Jane Roe": a minister's name as the byline of their own release. */
const HONOURED_NAME = new RegExp(
  String.raw`^(?:Senator\s+)?(?:the\s+)?(?:${HONORIFICS.filter((h) => /^(?:The\s+)?(?:Rt\.?\s+)?Hon/i.test(h))
    .map(escape)
    .join('|')})\s+(.+?)(?:\s+(?:${POST_NOMINALS.map(escape).join('|')}))*\s*$`,
  'iu',
);

/**
 * A minister's own media release: its head is the minister's name with their courtesy title on a line of its own, and
 * their title on the next ("Hon Jane Roe / Minister of Defence", "The Hon Jane Roe MP / Minister for Defence"), as
 * ministers' release pages print them. The minister is the publisher: the author of the release's third-person prose.
 */
export function publisherPerson(text: string): { name: string; title: string; start: number; end: number } | null {
  const lines: { line: string; start: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) lines.push({ line, start: at });
    at += line.length + 1;
  }
  const head = lines.slice(0, PUBLISHER_LINES.head);
  for (let i = 0; i + 1 < head.length; i++) {
    const { line, start } = head[i];
    if (line.length > 80) continue;
    const m = HONOURED_NAME.exec(line.trim());
    // A head printed in capitals ("THE HON JANE ROE MP / MINISTER FOR DEFENCE", as ministers' PDF releases are): read
    // as written in words, not as a family name in capitals first.
    const title = organizationName(head[i + 1].line.trim());
    if (!m || !isTitleLine(title)) continue;
    const written = m[1].trim();
    const [person] = personNames(organizationName(written));
    if (!person || person.text.length !== written.length) continue;
    const offset = start + line.indexOf(m[1]);
    return { name: person.name, title, start: offset, end: offset + written.length };
  }
  return null;
}

/**
 * OWN_RELEASE_VOICE: a minister's own media release (headed by the minister, `publisherPerson`) speaks in the minister's
 * first person singular outside quotations ("This morning I spoke with …", "I welcomed …", as Australian and New Zealand
 * ministers' releases do): such a paragraph is the minister's own statement, as a transcript's opening statement is.
 */
export const OWN_RELEASE_VOICE = {
  name: "a minister's own release in the first person singular",
  singular: /(?:^|[\s,;:(])(?:I|I['’](?:ve|ll|d|m)|[Mm]y|me)(?![\p{L}'’-])/u,
};

/** The words outside quotations (one pass). */
export const unquoted = (text: string) => text.replace(/[“"][^”"]*[”"]/g, ' ');

/**
 * READOUT_LEAD_LINE (round 13): the line by which a readout or statement names who releases it ("<Body> Press Secretary <name>
 * provided the following readout:", "The following is attributable to <Body> Spokesperson <name>:"), as a department's page
 * prints it and as a blog or aggregator that copies the page keeps it. The body named on it (or the spokesperson's) is the
 * publisher of the document's third-person prose, whoever hosts the copy.
 */
export const READOUT_LEAD_LINE = {
  name: 'a readout\'s lead line: "<body> Press Secretary <name> provided the following readout"',
  // (At a line's start, and the lead only: a copy may run the readout's first paragraph on after the colon.)
  pattern:
    /^(?:(?:The\s+)?following\s+(?:(?:statement|readout)\s+)?is\s+attributable\s+to\s+[^:\n]{3,120}?(?=\s*:|\s*$)|[^:\n]{3,120}?\b(?:provided|released|issued|gave|delivered)\s+the\s+following\s+(?:readout|statement|read-out)s?\b)/iu,
  spokesperson: /\b(?:press\s+secretary|spokes(?:person|man|woman)|press\s+office|public\s+affairs)\b/i,
};

/** READOUT_LEAD_LINE's line among a document's first lines, with where it starts. */
export function readoutLeadLine(text: string): { line: string; start: number } | null {
  let at = 0;
  let seen = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (!line.trim()) continue;
    if (++seen > PUBLISHER_LINES.head) break;
    const trimmed = line.trim();
    const lead = READOUT_LEAD_LINE.pattern.exec(trimmed);
    if (lead && READOUT_LEAD_LINE.spokesperson.test(lead[0])) return { line: lead[0], start: start + line.indexOf(trimmed) };
  }
  return null;
}
