/**
 * Stage 3, people and titles: names written with initials and suffixes ("Lloyd J. Austin III"),
 * in either order ("KISHI Nobuo", "Nobuo Kishi", "Kim Seon-ho"), with the title before them
 * ("Acting Director General for International Policy"). Capitalised words that are not names
 * ("Lloyd Austin's Call With") stop a name. Rules are data, named.
 */
import { countriesNamed } from './countries';

/**
 * The title lexicon: the head nouns a person's title is built on, and the words that modify them
 * ("Deputy Prime Minister", "Minister of State for Defence", "Secretary of National Defense",
 * "Chief of Staff of the Air Force"). A title is modifiers + head + up to two "of/for …" parts,
 * and two such titles may be joined by "and" ("Deputy Prime Minister and Minister for Defence").
 */
export const TITLE_HEADS = [
  'Minister',
  'Secretary',
  'Secretary-General',
  'Secretary General',
  'Undersecretary',
  'Chief',
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Chair',
  'Director',
  'Director-General',
  'Director General',
  'Commander',
  'Commandant',
  'Ambassador',
  'Envoy',
  'Attaché',
  'Counselor',
  'Counsellor',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Administrator',
  'President',
  'Vice-President',
  'Premier',
  'Chancellor',
  'General',
  'Admiral',
  'Marshal',
  'Adviser',
  'Advisor',
  'Governor',
  'Senator',
  'Representative',
  'Commissioner',
  // A civil servant performing a vacant post's duties (Philippine and other government usage): an acting capacity.
  'Officer-in-Charge',
  'Officer in Charge',
  // Indian government English: "Raksha Mantri" (Defence Minister), "Rajya Raksha Mantri" (Minister of State for Defence).
  'Mantri',
];
export const TITLE_MODIFIERS = [
  'Deputy',
  'Vice',
  'State',
  'Under',
  'Assistant',
  'Associate',
  'Parliamentary',
  'Senior',
  'Prime',
  'First',
  'Principal',
  'Permanent',
  'Executive',
  'Special',
  'Cabinet',
  'Press',
  'Defense',
  'Defence',
  'Foreign',
  'Home',
  'Federal',
  'National',
  'Security',
  'Joint',
  'Chief',
  'Lieutenant',
  'Major',
  'Rear',
  'Air',
  'Fleet',
  'Raksha',
  'Rajya',
  'Pradhan',
];
/** Courtesy words between a title and a name ("the Hon Richard Marles", "H.E. …") and after it ("… MP"): never part of the name. */
export const HONORIFICS = [
  'The Honourable',
  'The Honorable',
  'Honourable',
  'Honorable',
  'Rt Hon',
  'Rt. Hon.',
  'Hon.',
  'Hon',
  'H.E.',
  'His Excellency',
  'Her Excellency',
  'Dr.',
  'Dr',
  'Professor',
  'Prof.',
  'Lord',
  'Lady',
  'Sir',
  'Dame',
  'Mr.',
  'Ms.',
  'Mrs.',
  // Malaysian and Indian courtesy titles, written before the name in English-language releases.
  // Royal and Gulf courtesy titles before a minister's name ("Prince …", "Sheikh …").
  'Prince',
  'Princess',
  'Sheikh',
  'Sheikha',
  'Sayyid',
  'H. E.',
  "Dato' Sri",
  'Dato’ Sri',
  "Dato' Seri",
  'Dato’ Seri',
  'Datuk Seri',
  'Tan Sri',
  "Dato'",
  'Dato’',
  'Datuk',
  'Shri',
  'Shrimati',
  'Smt.',
  // "Yang Berhormat" (YB), "Yang Amat Berhormat" (YAB): Malaysian courtesy titles of members of parliament and ministers.
  'Yang Amat Berhormat',
  'Yang Berhormat',
  'YAB',
  'YB',
  // Courtesy titles without the full stop, as British and Commonwealth usage writes them ("Ms Jane Roe").
  'Mrs',
  'Mr',
  'Ms',
];
// HONOURS_POST_NOMINAL (round 17): the honours Commonwealth governments write after a minister's name ("Linda Reynolds CSC"):
// no word of the name (read as one, "Reynolds Csc" was proposed beside "Reynolds", two signatories of one person).
export const POST_NOMINALS = [
  'MP',
  'M.P.',
  'AO',
  'AC',
  'AM',
  'QC',
  'KC',
  'OBE',
  'CBE',
  'KBE',
  'PhD',
  'Ph.D.',
  'MBE',
  'Senator',
  'CSC',
  'DSC',
  'DSM',
  'CVO',
  'MVO',
  'LVO',
  'KCMG',
  'GCMG',
  'CMG',
  'KCB',
  'GCB',
  'CB',
  'DSO',
  'MC',
  'DFC',
  'AFC',
  'OAM',
  'ONZM',
  'CNZM',
  'MNZM',
  'KNZM',
  'QSO',
];
/** Words that mark a capacity other than substantive. */
export const ACTING_WORDS = ['Acting', 'Interim', 'Caretaker'];
/**
 * Heads of a title that are an acting capacity by themselves: an officer-in-charge performs the duties of a vacant post. (Round
 * 19, OFFICER_IN_CHARGE_JOINED: also as the second of two titles joined by "and", "Senior Undersecretary and Officer in Charge
 * of the Department of …": the rank held, then the post filled.)
 */
export const ACTING_HEADS = /(?:^|\band\s+)Officer[- ]in[- ]Charge\b/i;
/**
 * OFFICER_IN_CHARGE_AFTER (round 19): "Senior Undersecretary Ana Ruiz, Officer-in-Charge, Department of …": the post the person
 * fills now, in apposition after the name, is filled in an acting capacity whatever rank the title before the name gives.
 */
const OFFICER_IN_CHARGE_AFTER = /^\s*,\s+(?:and\s+)?(?:the\s+)?(?:concurrent\s+)?Officer[- ]in[- ]Charge\b/i;
export const DESIGNATE_WORDS = ['designate', 'nominee'];
export const NAME_SUFFIXES = ['Jr.', 'Sr.', 'II', 'III', 'IV'];
/** Capitalised words that never belong to a person's name (headlines, titles, places of speech). */
export const NOT_NAME_WORDS = new Set(
  (
    'The This That These Those A An And Or Of For On In At To With By From As Call Calls Meeting Meetings Talks Readout Statement Release ' +
    'Press Conference Transcript Remarks Joint News Video Telephone Phone Visit Trip Secretary Minister Ministry Department Office ' +
    'Defense Defence Foreign Affairs National Security Agency Forces Force Army Navy Air Marine Self Japan Japanese Korea Korean ' +
    'United States America American Philippines Philippine China Chinese Australia Australian Alliance Treaty Article Islands ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October ' +
    'November December He She They We I It His Her Their Our Today Yesterday Both Two Also Mr Ms Mrs Dr Gen Adm General Admiral ' +
    'Acting Deputy Vice State Under Assistant Senior Prime Director Commander Ambassador Spokesperson Chairman Chief Staff ' +
    'Hon Honourable Honorable Rt Excellency MP AO QC KC OBE CBE KBE MBE PhD Sir Dame Lord Lady Shri Shrimati Smt Datuk Seri NATO Policy Associate Caretaker Prince Princess YB YAB Yang Berhormat Sheikh Sheikha Professor Prof Kingdom Republic Federation Emirates Sayyid Lieutenant-General Major-General Brigadier-General Lieutenant-Colonel Raksha Rajya Pradhan ' +
    // DOCUMENT_OR_BODY_WORD (round 17): the words of a document's, a body's or a forum's name are no words of a person's
    // ("General Assembly Resolution ES-11/1" was an official "Assembly Resolution Es" under the rank "General"; "the United
    // States Indo-Pacific Strategy Report" another).
    'Resolution Report Strategy Assembly Council Declaration Outlook Initiative Summit Convention Charter Framework Blueprint ' +
    'Partnership Command Dialogue ' +
    // ABBREVIATION_OR_RANK_WORD (round 17): a month's or a rank's abbreviation, "PM", a rank word and "Opening" (a transcript's
    // "Opening remarks" after a name) end a name ("Ben Wallace Oct", "Modi PM", "Ltc Dave Eastburn" were proposed as names).
    // ("Jan", a given name, is left out.)
    'PM Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Lt Ltc LtCol Col Maj Capt Cmdr Cdr Brig Sgt Lieutenant Colonel Captain Opening ' +
    // PLURAL_TITLE (round 19): a title in the plural before the names it heads ("Foreign Ministers A and B") is no word of a name.
    'Ministers Secretaries'
  )
    .split(' ')
    .concat(POST_NOMINALS.filter((w) => !w.includes('.')))
    // The one-word heads of a title ("Undersecretary", "Envoy", "Officer-in-Charge") never start or end a name either.
    .concat(TITLE_HEADS.filter((h) => !/\s/.test(h))),
);

/**
 * SENTENCE_INITIAL_WORD (round 12): conjunctions and sentence adverbs, capitalised only because a sentence starts with them
 * ("But Ruiz stressed …", "Meanwhile Ruiz said …", "Separately, …"): never a word of a name.
 */
export const SENTENCE_INITIAL_WORDS = new Set(
  (
    'But Yet So Nor However Meanwhile Still Then Now Later Earlier Here There When While After Before Since If Although Though ' +
    'Because Thus Hence Instead Separately Indeed Moreover Furthermore Additionally Finally Overall Nevertheless Nonetheless ' +
    'Otherwise Likewise Similarly Accordingly Previously Recently Currently Notably Specifically Elsewhere Ultimately Eventually ' +
    'Initially Subsequently Afterwards Afterward Once Until Unless Whether Despite During Where Why How What Who Whom Whose Which ' +
    'Asked Speaking According Following Tomorrow Tonight Last Next'
  ).split(' '),
);
/**
 * HEADLINE_VERB (round 12): verbs a headline capitalises right after the names of its subject ("X and Minister Y Hold a News
 * Conference", "X, Y Discuss Border Talks", "Minister Y Meets Secretary X"): never a word of a name.
 */
export const HEADLINE_VERBS = new Set(
  (
    'Hold Holds Held Discuss Discusses Discussed Meet Meets Sign Signs Signed Agree Agrees Agreed Say Says Speak Speaks Spoke Host Hosts ' +
    'Hosted Visit Visits Welcome Welcomes Welcomed Reaffirm Reaffirms Reaffirmed Pledge Pledges Vow Vows Urge Urges Announce Announces ' +
    'Conduct Conducts Conducted Address Addresses Deliver Delivers Attend Attends Review Reviews Highlight Highlights Underscore Underscores'
  ).split(' '),
);

/** Family names written first, followed by a hyphenated given name (Korean). */
export const FAMILY_FIRST = new Set(
  'Kim Lee Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Han Shin Seo Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Shim Noh Ha Kwak Sung Cha Joo Woo Koo Min Ryu Na Jin Ji Chae Won Chun Bang Hyun Yeo Do Seok Ma Gil Ban Wang'.split(
    ' ',
  ),
);

/**
 * Lower-case particles inside a name ("Willem van der Berg", "José da Silva", "Khalid bin Faisal", "Ali al-Rahimi"):
 * part of it between capitalised words, never at its start or end, and not counted as one of its words.
 */
export const NAME_PARTICLES = new Set('van von der den de da das dos del della di du la le bin binti bint ibn al el ter zu af'.split(' '));
const PARTICLE = String.raw`(?:${[...NAME_PARTICLES].join('|')})`;
const WORD = String.raw`(?:(?:al|el|bin|ibn)-\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:[-’']\p{L}+)*|\p{Lu}{2,}(?:-\p{Lu}+)?|\p{Lu}\.)`;
const QUOTED_NICKNAME = /(?<=\p{Lu}[\p{L}.'’-]*\s)[“"‘']\p{Lu}[\p{L}-]+[”"’'](?=\s+\p{Lu})/gu;
const NAME = new RegExp(String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+){0,2}${WORD}){1,8}(?:,?\s+(?:Jr\.|Sr\.|II|III|IV)(?![\p{L}]))?`, 'gu');

export interface PersonName {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Given name first, capitalised words ("Nobuo Kishi" for "KISHI Nobuo"); family name first kept for Korean-style names. */
  name: string;
  /** Family name (for "Minister KIHARA" style references). */
  family: string;
  rule: string;
}

const titleCase = (w: string) =>
  w.length > 1 && w === w.toUpperCase() && !w.endsWith('.') && !/^(?:II|III|IV)$/.test(w)
    ? w[0] +
      w
        .slice(1)
        .toLowerCase()
        .replace(/-(\p{Ll})/u, (_, c: string) => `-${c}`)
    : w;

/** Modifiers of a title that also name a body's field ("Ministry of National Defense", "… of Home Affairs"): part of the name. */
const BODY_FIELD_WORDS = new Set(['Defense', 'Defence', 'Foreign', 'Home', 'Federal', 'National', 'Security', 'Joint', 'State', 'Air']);
const BODY_NAME_STOP = new RegExp(
  String.raw`\s+(?:and\s+)?(?:(?:${TITLE_MODIFIERS.filter((w) => !BODY_FIELD_WORDS.has(w)).join('|')})\s+){0,3}(?:${TITLE_HEADS.join('|')})\b|\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.]*['’]s\b`,
  'u',
);
/**
 * BODY_NAME_END: where the name of a body read from "Ministry / Department / Office / Agency of …" ends, when words of a
 * title or of another party follow it in the same run of capitals: "… of National Defense and Secretary X", "… of Foreign
 * Affairs Director General for …", "… of National Defense and Korea's Ministry …". The first word after "of (the)" is
 * always the name's ("Office of the Secretary"), and "and" between two nouns of one name stays ("… of Trade and Industry").
 * `name` may run on past the name's last word (a possessive's "’s" after it): the offset is within it either way.
 */
export function bodyNameEnd(name: string): number {
  const first = /^\S+\s+of\s+(?:the\s+)?\S+/.exec(name);
  if (!first) return name.length;
  const stop = BODY_NAME_STOP.exec(name.slice(first[0].length));
  return stop ? first[0].length + stop.index : name.length;
}

/**
 * Person names in `text` (offsets relative to it). A candidate is cut at the first word that is
 * not a name word and at a possessive; it needs two name words that are not initials.
 */
export function personNames(text: string): PersonName[] {
  const out: PersonName[] = [];
  // UPPER_CASE_TITLE (round 11): a title word in capitals ("DEFENSE SECRETARY Ana Ruiz", a news lead's style) is no name word either.
  // MIDDLE_INITIAL_A (round 20): an initial is a name word, also the one that is a word when it has no point ("Ana A. Ruiz",
  // "Jon I. Lind"): "A." and "I." are no article or pronoun.
  const isNameWord = (w: string) =>
    /^\p{Lu}\.$/u.test(w) ||
    (!NOT_NAME_WORDS.has(w.replace(/\.$/, '')) &&
      !SENTENCE_INITIAL_WORDS.has(w) &&
      !HEADLINE_VERBS.has(w) &&
      !(w.length > 2 && w === w.toUpperCase() && NOT_NAME_WORDS.has(titleCase(w))) &&
      !/-(?:designate|elect)$/i.test(w));
  const isInitial = (w: string) => /^\p{Lu}\.$/u.test(w);
  const isSuffix = (w: string) => NAME_SUFFIXES.includes(w) || NAME_SUFFIXES.includes(`${w}.`);
  // QUOTED_NICKNAME (round 17): a nickname in quotation marks inside a name ('Gilberto “Gibo” Teodoro Jr.') is read as space, so
  // the name around it is one (the offsets do not change).
  const spaced = text.replace(QUOTED_NICKNAME, (m) => ' '.repeat(m.length));
  for (const m of spaced.matchAll(NAME)) {
    const words: { w: string; at: number }[] = [];
    for (const w of m[0].matchAll(/\S+/g)) words.push({ w: w[0].replace(/,$/, ''), at: m.index! + w.index! });
    // Runs of name words between words that are never names ("Defense Secretary Gilberto Teodoro").
    const runs: { w: string; at: number }[][] = [[]];
    for (const x of words) {
      if (isNameWord(x.w)) runs[runs.length - 1].push(x);
      else runs.push([]);
      // A possessive ends the name ("Austin's Call With").
      const last = runs[runs.length - 1];
      if (/[’']s$/.test(x.w) && last.length) {
        last[last.length - 1] = { ...x, w: x.w.replace(/[’']s$/, '') };
        runs.push([]);
      }
    }
    for (let run of runs) {
      while (run.length && (isInitial(run[run.length - 1].w) || NAME_PARTICLES.has(run[run.length - 1].w))) run.pop();
      while (run.length && NAME_PARTICLES.has(run[0].w)) run.shift();
      let real = run.filter((x) => !isInitial(x.w) && !isSuffix(x.w) && !NAME_PARTICLES.has(x.w));
      // After "of" or "for" the first words complete a title ("Director General for International Policy Han Ji-soo"): the name is the last two.
      if (real.length > 2 && /\b(?:of|for)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, run[0].at - 12), run[0].at))) {
        run = run.slice(run.indexOf(real[real.length - 2]));
        real = real.slice(-2);
      }
      if (real.length < 2 || real.length > 4) continue;
      const start = run[0].at;
      let end = run[run.length - 1].at + run[run.length - 1].w.length;
      if (isSuffix(run[run.length - 1].w) && text[end] === '.' && !run[run.length - 1].w.endsWith('.')) end++;
      const words = run.map((x) => (isSuffix(x.w) && /^[JS]r$/.test(x.w) ? `${x.w}.` : x.w));
      const caps = real.findIndex((x) => x.w.length > 1 && x.w === x.w.toUpperCase());
      let name: string;
      let family: string;
      let rule: string;
      if (caps === 0 && real.length === 2) {
        // "KISHI Nobuo": family name in capitals first (Japanese style): recorded given name first.
        family = titleCase(real[0].w);
        name = `${titleCase(real[1].w)} ${family}`;
        rule = 'family name in capitals first';
      } else if (real.length === 2 && FAMILY_FIRST.has(real[0].w) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(real[1].w)) {
        // "Kim Seon-ho": a Korean family name, then a hyphenated given name.
        family = real[0].w;
        name = words.join(' ');
        rule = 'family name first, hyphenated given name';
      } else {
        name = words.map(titleCase).join(' ');
        family = titleCase(real[real.length - 1].w);
        rule =
          caps > 0
            ? 'family name in capitals last'
            : run.some((x) => isInitial(x.w) || isSuffix(x.w))
              ? 'name with initials or suffix'
              : 'capitalised name';
      }
      out.push({ start, end, text: text.slice(start, end), name, family, rule });
    }
  }
  return out;
}

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A capitalised word of a title's "of/for …" part, not a courtesy word that starts the name ("for Defence Lord Coaker"). */
const TITLE_WORD = String.raw`(?!(?:Hon|Lord|Lady|Sir|Dame|Dr|Mr|Ms|Mrs|H\.E|The|Rt|Shri|Smt|Dato|Datuk|Tan\s+Sri|Prince|Princess|Sheikh|Sheikha|Professor|Prof|Sayyid)\b)\p{Lu}[\p{L}-]*`;
/**
 * The words of a title's "of/for …" part: capitalised words, or a list of them with commas that ends in "and"
 * ("Deputy Secretary for Strategy, Policy and Industry"); a comma without a closing "and" ends the title.
 */
const TITLE_OF_PART = String.raw`${TITLE_WORD}(?:(?:,\s+${TITLE_WORD}){1,3},?\s+and\s+${TITLE_WORD}|(?:\s+(?:and\s+)?${TITLE_WORD}){0,3})`;
const ONE_TITLE = String.raw`(?:(?:${TITLE_MODIFIERS.join('|')})\s+){0,3}(?:${TITLE_HEADS.join('|')})(?:\s+(?:of|for|in\s+the(?=\s+(?:Ministry|Department|Office)\b))\s+(?:the\s+)?${TITLE_OF_PART}){0,4}`;
/** A military rank abbreviated between a title and the name ("Chairman of the Joint Chiefs of Staff Gen. …", "… Staff Maj. Gen. …"): not part of the title. */
const RANK_ABBREVIATION = String.raw`(?:(?:Lt|Maj|Brig|Vice|Rear|Air)\.?\s+)?(?:Gen|Adm|Col|Cdr|Cmdr|Capt|Brig|Cdre|Lt)\.(?:\s*\((?:[Rr]et|[Rr]etd|[Rr]etired)\.?\))?`;
/**
 * SERVICE_BEFORE_RANK (round 12): a military service named right before a rank and a name ("Air Force Maj. Gen. Ana Ruiz",
 * "Army Col. Li Wei", "Navy Capt. Jo Kim", "Marine Corps Lt. Gen. …"), as U.S. government and wire copy designate a
 * uniformed officer, is part of how that person is named, not a body that speaks or is spoken of. Tested on the words
 * right after the service's name.
 */
export const SERVICE_BEFORE_RANK = new RegExp(
  String.raw`^\s+(?:${RANK_ABBREVIATION}|(?:(?:Lieutenant|Major|Brigadier|Rear|Vice)[\s-]+)?(?:General|Admiral|Colonel|Captain|Commander|Sergeant|Major))\s+\p{Lu}`,
  'u',
);
/**
 * A military rank written out after a civilian title's "of/for …" part, before the name ("Deputy Minister of National
 * Defence Senior Lieutenant General …", "Chief of Defence Force General …"): the rank, not part of the post's name.
 */
const RANK_WORDS = String.raw`(?:(?:Senior|Lieutenant|Major|Brigadier|Rear|Vice|Air|Chief)[\s-]+){0,2}(?:General|Admiral|Colonel|Marshal|Commodore)`;
const TRAILING_RANK = new RegExp(
  String.raw`(?<=\s(?:of|for)\s.*\S)(?:\s+${RANK_WORDS}|(?:\s+(?:Senior|Lieutenant|Major|Brigadier|Rear|Vice))+)$`,
  'u',
);
const TITLE = new RegExp(
  String.raw`((?:(?:${ACTING_WORDS.join('|')})\s+)?${ONE_TITLE}(?:\s+and\s+${ONE_TITLE})?(?:[- ](?:${DESIGNATE_WORDS.join('|')}))?)(?:\s+${RANK_ABBREVIATION}|(?<=\s(?:of|for)\s.{1,80})\s+${RANK_WORDS})?\s*,?\s*(?:the\s+)?(?:(?:${HONORIFICS.map(escapeRe).join('|')})\s+){0,2}$`,
  'u',
);
/**
 * TITLE_ENDS_BEFORE_ADJUNCT (round 16): a title after the name ends where a lower-case adjunct of the sentence begins ("…,
 * Minister for the Armed Forces of France for approximately 60 minutes.", "… of Australia on Monday"): a title's own
 * "of/for" parts are capitalised, so the adjunct is no part of it.
 */
const TITLE_ENDS_BEFORE_ADJUNCT = String.raw`\s+(?:for|on|in|at|by|via|over|during|about|to)\s+(?:(?:approximately|about|around|some|nearly|over)\s+)?(?!the\s+\p{Lu})(?:\d|\p{Ll}|\p{Lu}\p{Ll}+day\b)`;
/** TITLE_BEFORE_ITS_STATE (round 17): a title after the name that goes on to its state ("John Roe MP, Secretary of State for Defence
 * of the United Kingdom of Great Britain and Northern Ireland"): the title ends before "of the <state>". */
const TITLE_BEFORE_ITS_STATE = String.raw`\s+of\s+(?:the\s+)?\p{Lu}`;
const POST_NOMINAL_RUN = String.raw`(?:\s+(?:${POST_NOMINALS.map(escapeRe).join('|')})(?![\p{L}]))*`;
/**
 * A title written after the name, between commas ("Maria Santos, Minister of Defence of Timor-Leste,"), possibly after
 * the name's post-nominals ("Jane Roe MP, Assistant Minister for Defence,") and the country's possessive ("Maria Santos,
 * Timor-Leste's Minister of Defence,").
 */
const TITLE_AFTER = new RegExp(
  String.raw`^${POST_NOMINAL_RUN}\s*,\s+(?:(?<owner>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})[’']s\s+)?(?<title>(?:(?:${ACTING_WORDS.join('|')})\s+)?${ONE_TITLE}(?:\s+and\s+${ONE_TITLE})?)(?=\s*(?:[,.;:)]|$)|${TITLE_ENDS_BEFORE_ADJUNCT}|${TITLE_BEFORE_ITS_STATE})`,
  'u',
);
/** The same, the title opening with the country's name or adjective ("Ana Ruiz, UK Secretary of State for Defence,", "…, Chilean Minister of Defense,"). */
const TITLE_AFTER_COUNTRY = new RegExp(
  String.raw`^${POST_NOMINAL_RUN}\s*,\s+(?:the\s+)?(?<owner>U\.S\.|U\.K\.|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)??)\s+(?<title>(?:(?:${ACTING_WORDS.join('|')})\s+)?${ONE_TITLE}(?:\s+and\s+${ONE_TITLE})?)(?=\s*(?:[,.;:)]|$)|${TITLE_ENDS_BEFORE_ADJUNCT})`,
  'u',
);
/**
 * The post a person fills, in a relative clause after the name: "Ana Ruiz, who is serving as Officer-in-Charge of the
 * Department of Defense," / "…, who is acting as Minister of Defence,". It names the post held now, so it wins over a
 * rank written before the name ("Senior Undersecretary Ana Ruiz, who is serving as …"); "acting as" is an acting capacity.
 */
const SERVING_AS = new RegExp(
  String.raw`^${POST_NOMINAL_RUN}\s*,\s+who\s+(?:is|was|has\s+been)\s+(?:(?:currently|also|now|temporarily)\s+)?(?<serving>serving|acting)\s+as\s+(?:the\s+)?(?:(?<owner>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})[’']s\s+)?(?<title>(?:(?:${ACTING_WORDS.join('|')})\s+)?${ONE_TITLE})(?=\s*(?:[,.;:)]|$))`,
  'u',
);
/** A country's adjective inside a title's "of the …" part ("of the Philippine Department of National Defense"): the country, not the post's name. */
const ADJECTIVE_IN_TITLE = /\bof\s+the\s+(\p{Lu}[\p{L}-]+)\s+(?=(?:Ministry|Department|Office|Armed|Army|Navy|Air|Government)\b)/u;
/**
 * The body a person serves, named after the name by its country ("Ana Ruiz of Chile's Ministry of National Defense",
 * "… of the Chilean Ministry of …", "… from the Chilean Navy"): the person's country when the title names none.
 */
const BODY_AFTER =
  /^\s*,?\s+(?:of|from|at)\s+(?:the\s+)?(?:(?<owner>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})[’']s|(?<adjective>\p{Lu}[\p{L}-]+))\s+(?:Ministry|Department|Office|Government|Armed|Army|Navy|Air|Coast|Defen[cs]e)\b/u;
/** A line that is a title and nothing else ("Minister of Defence", "Deputy Prime Minister and Minister for Defence"). */
const TITLE_LINE = new RegExp(String.raw`^(?:(?:${ACTING_WORDS.join('|')})\s+)?${ONE_TITLE}(?:\s+and\s+${ONE_TITLE})?$`, 'u');
export const isTitleLine = (line: string) => TITLE_LINE.test(line.trim());

/** The country itself after the name ("Ana Ruiz of Chile", "… Jr. of the Republic of the Philippines"): the person's country. */
const COUNTRY_AFTER =
  /^\s*,?\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|Commonwealth|State|Sultanate|Principality|Grand\s+Duchy|(?:Federal|Islamic|Socialist|Democratic|Federative|Hellenic|Czech|Slovak|Arab|Korean)\s+Republic)\s+of\s+(?:the\s+)?)?(U\.S\.|U\.K\.|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}?)(?=\s*(?:[,.;:)]|$|\s+(?:and|at|in|on|for|to|by|via|who|met|said)\b))/u;
/**
 * "… of Australia", "… of the Philippines" ending a title: the country, not part of the post's name. (A state's formal name
 * runs on past its short one: "the United Kingdom of Great Britain and Northern Ireland".)
 */
const OF_COUNTRY =
  /\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|Commonwealth|State|Sultanate|Principality|Grand\s+Duchy|(?:Federal|Islamic|Socialist|Democratic|Federative|Hellenic|Czech|Slovak|Arab|Korean)\s+Republic)\s+of\s+(?:the\s+)?)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})(?:\s+of\s+Great\s+Britain\s+and\s+Northern\s+Ireland)?$/u;

/**
 * LOWER_CASE_TITLE (round 11): news copy writes a title in lower case before a name when it describes the post ("DND
 * officer-in-charge Ana Ruiz", "defense undersecretary Li Wei", "chief spokesperson Jo Kim"): a one-word head of the title
 * lexicon, lower case, right before the name, is that title. Group 1: the head.
 */
const LOWER_CASE_TITLE = new RegExp(
  String.raw`(?<![\p{L}-])(${TITLE_HEADS.filter((h) => !/\s/.test(h) && !/^(?:General|Chair|Representative|President|Premier)$/.test(h))
    .map((h) => escapeRe(h.toLowerCase()))
    .join('|')})\s+$`,
  'u',
);
/** UPPER_CASE_TITLE: a title in capitals right before a name ("DEFENSE SECRETARY Ana Ruiz"): as LOWER_CASE_TITLE, group 1 the title. */
function upperCaseTitle(before: string): RegExpExecArray | null {
  const run = /(?<![\p{L}])(?:\p{Lu}{2,}\s+){1,4}$/u.exec(before);
  if (!run) return null;
  const title = run[0]
    .trim()
    .split(/\s+/)
    .map((w) => (/^(?:OF|FOR|THE|AND)$/.test(w) ? w.toLowerCase() : titleCase(w)))
    .join(' ');
  if (!TITLE_LINE.test(title)) return null;
  return Object.assign([run[0], title.toLowerCase()], { index: run.index, input: before, groups: undefined }) as RegExpExecArray;
}
const capitalizeTitle = (t: string) =>
  t.replace(/(^|[\s-])(?!(?:of|for|the|and)\b)(\p{Ll})(?=\p{Ll}{2})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/**
 * COUNTERPART_APPOSITION (round 12): "his Indonesian counterpart Ana Ruiz", "her Polish counterpart, Ana Ruiz,": the one named
 * right after "counterpart" holds the other side's post in the talks (an official, though no title is written), of the
 * country its adjective names ("his then Indian counterpart X" too; round 19: "their visiting Chilean counterparts, X and Y",
 * "his incoming …"). Groups: `adjective` (may be absent).
 */
const COUNTERPART_BEFORE =
  /\b(?:his|her|their|its)\s+(?:(?:then|former|new|visiting|incoming|outgoing)\s+)?(?:(?<adjective>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+)?(?:(?:defen[cs]e|military)\s+)?counterparts?\s*,?\s*$/u;
/**
 * COUNTRY_LOWER_CASE_TITLE (round 12): news copy names the post after the country in lower case, the name in apposition
 * after a comma ("Vietnam's minister of national defense, Ana Ruiz,", "India's defence minister, Ana Ruiz"): the title, of
 * that country. Only with a country before it (a lower-case "minister of …" alone is a description, not a title).
 */
const COUNTRY_LOWER_CASE_TITLE = new RegExp(
  String.raw`(?<owner>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?:['’]s)?\s+(?<title>(?:(?:deputy|vice|prime|defen[cs]e|foreign|national)\s+){0,2}(?:minister|secretary)(?:\s+(?:of|for)\s+(?:the\s+)?[\p{L}]+(?:\s+(?:and\s+)?[\p{L}]+){0,2})?)\s*,\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$`,
  'u',
);
/** The same with the country after the title ("the defence minister of Chile, Ana Ruiz", "… of Chile, Mr. Ana Ruiz"). */
const LOWER_CASE_TITLE_OF_COUNTRY =
  /\b(?<title>(?:(?:deputy|vice|prime|defen[cs]e|foreign)\s+){1,2}(?:minister|secretary))\s+of\s+(?:the\s+)?(?<owner>\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)\s*,\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$/u;

/**
 * COUNTRY_TITLE_AFTER_NAME (round 19): news copy gives a person not known to its readers their post after the name, in lower
 * case and owned by their country ("Ana Ruiz, Chile's presidential adviser on national security,", "Jo Kim (L), Britain's
 * minister for defence procurement, …"): that post (a head of the title lexicon, up to two words before it and an "of/for/on
 * …" part of lower-case words), of that country. A photo caption's position mark ("(L)", "(right)") may stand after the name.
 */
const COUNTRY_TITLE_AFTER = new RegExp(
  String.raw`^(?:\s*\((?:L|R|C|left|right|center|centre)\))?\s*,\s+(?:the\s+)?(?<owner>U\.S\.|U\.K\.|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}-]*)?)['’]s\s+(?<title>(?:(?:[\p{Ll}-]+\s+){0,2}?)(?:${TITLE_HEADS.filter(
    (h) => !/\s/.test(h),
  )
    .map((h) => escapeRe(h.toLowerCase()))
    .join(
      '|',
    )})(?:\s+(?:of|for|on)\s+(?:the\s+)?[\p{Ll}-]+(?:\s+(?:and\s+)?[\p{Ll}-]+){0,3}?)?)(?=\s*[,.;:)]|\s+(?:and|who|met|said|held))`,
  'u',
);

const PLURAL_TITLE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])((?:(?:${TITLE_MODIFIERS.join('|')})\s+){0,3}(?:Ministers|Secretaries)(?:\s+(?:of|for)\s+(?:the\s+)?${TITLE_OF_PART})?)\s+$`,
  'u',
);

export interface TitledPerson extends PersonName {
  /** Title right before the name, without "Acting". */
  title: string | null;
  titleStart: number;
  capacity: 'SUBSTANTIVE' | 'ACTING' | 'DESIGNATE';
  /** The country the title names at its end ("Minister for Defence of Australia" → AU), else null. */
  countryCode: string | null;
  /** COUNTERPART_APPOSITION: named as someone's counterpart ("his Polish counterpart, Ana Ruiz"), no title written. */
  counterpart?: boolean;
}

/** Names with the title written right before them ("Acting Vice Minister Han Ji-soo"). */
export function titledPeople(text: string): TitledPerson[] {
  const names = personNames(text);
  // STATE_NAME_NO_PERSON: words read as a name that are a state's name or part of its formal name ("… of the United Kingdom
  // of Great Britain and Northern Ireland, the Rt Hon X") are no person before whom a title stops: the title runs over them.
  const stateName = names.map((n) => countriesNamed(n.text).length > 0);
  for (let i = 1; i < names.length; i++)
    if (stateName[i - 1] && /^\s+and\s+$/.test(text.slice(names[i - 1].end, names[i].start))) stateName[i] = true;
  const people: TitledPerson[] = names.map((p, i) => {
    // A title is read after the name before it, never across it ("Minister Ana Ruiz of Chile and Secretary …").
    let previous = i - 1;
    while (previous >= 0 && stateName[previous]) previous--;
    const before = text.slice(Math.max(0, p.start - 120, previous >= 0 ? names[previous].end : 0), p.start);
    const following = text.slice(p.end, p.end + 200);
    const serving = SERVING_AS.exec(following);
    const lower = serving ? null : (LOWER_CASE_TITLE.exec(before) ?? upperCaseTitle(before));
    const m = serving
      ? null
      : (TITLE.exec(before) ?? (lower ? Object.assign([lower[0], capitalizeTitle(lower[1])], { index: lower.index }) : null));
    const withCountry = TITLE_AFTER_COUNTRY.exec(following);
    const after =
      serving ??
      (m ? null : withCountry && countriesNamed(withCountry.groups!.owner).length === 1 ? withCountry : TITLE_AFTER.exec(following));
    if (!m && !after) {
      const titled = COUNTRY_TITLE_AFTER.exec(following);
      const titledCountry = titled ? countriesNamed(titled.groups!.owner) : [];
      if (titled && titledCountry.length === 1)
        return {
          ...p,
          title: capitalizeTitle(titled.groups!.title),
          titleStart: p.start,
          capacity: 'SUBSTANTIVE' as const,
          countryCode: titledCountry[0],
        };
      const owned = COUNTRY_LOWER_CASE_TITLE.exec(before) ?? LOWER_CASE_TITLE_OF_COUNTRY.exec(before);
      const ownerCountry = owned ? countriesNamed(owned.groups!.owner) : [];
      if (owned && ownerCountry.length === 1)
        return {
          ...p,
          title: capitalizeTitle(owned.groups!.title.toLowerCase()),
          titleStart: p.start - (before.length - owned.index - owned[0].indexOf(owned.groups!.title)),
          capacity: 'SUBSTANTIVE' as const,
          countryCode: ownerCountry[0],
        };
      const counterpart = COUNTERPART_BEFORE.exec(before);
      const adjective = counterpart?.groups?.adjective ? countriesNamed(counterpart.groups.adjective) : [];
      if (counterpart)
        return {
          ...p,
          title: null,
          titleStart: p.start,
          capacity: 'SUBSTANTIVE' as const,
          countryCode: adjective.length === 1 ? adjective[0] : null,
          counterpart: true,
        };
      return { ...p, title: null, titleStart: p.start, capacity: 'SUBSTANTIVE' as const, countryCode: null };
    }
    let title = (m ? m[1] : after!.groups!.title).trim().replace(TRAILING_RANK, '');
    const acting =
      new RegExp(`^(?:${ACTING_WORDS.join('|')})\\s+`).test(title) ||
      ACTING_HEADS.test(title) ||
      serving?.groups?.serving === 'acting' ||
      (m != null && OFFICER_IN_CHARGE_AFTER.test(following));
    const designate = new RegExp(`(?:${DESIGNATE_WORDS.join('|')})$`).test(title);
    title = title
      .replace(new RegExp(`^(?:${ACTING_WORDS.join('|')})\\s+`), '')
      .replace(new RegExp(`[- ](?:${DESIGNATE_WORDS.join('|')})$`), '');
    const owner = after?.groups?.owner ? countriesNamed(after.groups.owner) : [];
    let countryCode: string | null = owner.length === 1 ? owner[0] : null;
    const of = OF_COUNTRY.exec(title);
    const named = of ? countriesNamed(of[1]) : [];
    if (of && named.length === 1) {
      countryCode = named[0];
      title = title.slice(0, of.index);
    }
    const adjective = ADJECTIVE_IN_TITLE.exec(title);
    const adjectiveCountry = adjective ? countriesNamed(adjective[1]) : [];
    if (adjective && adjectiveCountry.length === 1) {
      countryCode ??= adjectiveCountry[0];
      title = title.slice(0, adjective.index) + title.slice(adjective.index).replace(`${adjective[1]} `, '');
    }
    const body = countryCode ? null : BODY_AFTER.exec(following);
    const bodyCountry = body ? countriesNamed(body.groups!.owner ?? body.groups!.adjective) : [];
    if (bodyCountry.length === 1) countryCode = bodyCountry[0];
    const ofCountry = countryCode ? null : COUNTRY_AFTER.exec(following);
    const namedAfter = ofCountry ? countriesNamed(ofCountry[1]) : [];
    if (namedAfter.length === 1) countryCode = namedAfter[0];
    // "Defense Secretary" alone before a name is still a title; a single modifier ("Press") is not.
    return {
      ...p,
      title,
      titleStart: m ? p.start - (before.length - m.index) : p.start,
      capacity: acting ? ('ACTING' as const) : designate ? ('DESIGNATE' as const) : ('SUBSTANTIVE' as const),
      countryCode,
    };
  });
  // PLURAL_TITLE (round 19): "Foreign Ministers Ana Ruiz and Jo Kim and Defence Ministers …": each name listed after a title in
  // the plural holds that title (in the singular), up to the next name that has a title of its own.
  for (let i = 0; i < people.length; i++) {
    if (people[i].title || people[i].counterpart) continue;
    const plural = PLURAL_TITLE_BEFORE.exec(text.slice(Math.max(0, people[i].start - 80), people[i].start));
    if (!plural) continue;
    const title = plural[1].replace(/\bMinisters\b/, 'Minister').replace(/\bSecretaries\b/, 'Secretary');
    for (let j = i; j < people.length; j++) {
      if (j > i && (people[j].title || !/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(people[j - 1].end, people[j].start)))) break;
      people[j] = { ...people[j], title, titleStart: people[j].start };
    }
  }
  // COUNTERPARTS_LISTED (round 17): "their Australian counterparts, Jane Roe and John Doe": each name listed after the plural
  // is a counterpart of that country, as one named after "his counterpart" is.
  for (let i = 1; i < people.length; i++) {
    const first = people[i - 1];
    if (!first.counterpart || people[i].title || people[i].counterpart) continue;
    if (!/counterparts\s*,?\s*$/.test(text.slice(Math.max(0, first.start - 30), first.start))) continue;
    if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(first.end, people[i].start))) continue;
    people[i] = { ...people[i], counterpart: true, countryCode: people[i].countryCode ?? first.countryCode };
  }
  return people;
}

/** The country a name's style points to when the text names none: a Korean family name with a hyphenated given name ("Park Min-seok"). */
export function nameStyleCountry(person: Pick<PersonName, 'rule'>): string | null {
  return person.rule === 'family name first, hyphenated given name' ? 'KR' : null;
}

/**
 * A person named without a title, then appointed in an apposition or relative clause: "Ana Ruiz, whom the president
 * named on Monday as the next defense minister, …", "Ana Ruiz, who was nominated as the new minister, …", "Ana Ruiz,
 * the minister-designate, …", "Ana Ruiz, the incoming minister, …". Group 1 is the role ("defense minister").
 */
const ROLE = String.raw`((?:[\p{L}-]+\s+){0,3}?(?:${TITLE_HEADS.map((h) => h.toLowerCase()).join('|')}|${TITLE_HEADS.join('|')}))`;
export const APPOINTMENT_AFTER: { name: string; pattern: RegExp }[] = [
  {
    name: 'relative clause of appointment ("whom X named as the next minister")',
    pattern: new RegExp(
      String.raw`^\s*,\s+(?:whom|who)\s+(?:[^,;.]{0,80}?\s)?(?:named|nominated|appointed|picked|tapped|designated|chose|chosen|selected)\s+(?:[^,;.]{0,60}?\s)?as\s+(?:(?:the|its|his|her|their)\s+)?(?:next|new|incoming)\s+${ROLE}\b`,
      'u',
    ),
  },
  {
    name: 'apposition "the next/incoming minister", "the minister-designate"',
    pattern: new RegExp(String.raw`^\s*,\s+(?:the|its)\s+(?:(?:next|incoming)\s+${ROLE}|${ROLE}[- ](?:designate|nominee))\b`, 'u'),
  },
  {
    // NOMINEE_FOR: the role after "nominee/pick … for", as news copy writes it after a name.
    name: 'apposition "the nominee for defense minister", "the president\'s pick for the post of minister"',
    pattern: new RegExp(
      String.raw`^\s*,\s+(?:the|its|his|her|their)\s+(?:[\p{L}-]+['’]s\s+)?(?:nominee|pick|choice|candidate)\s+(?:for|as)\s+(?:the\s+(?:post|job|position)\s+of\s+)?(?:the\s+)?(?:next\s+|new\s+)?${ROLE}\b`,
      'u',
    ),
  },
];

/** The object of an appointment: "The president named Ana Ruiz[, a retired admiral,] as the nation's new defense minister". */
const APPOINTED_OBJECT = {
  name: 'object of an appointment ("named X as the new minister")',
  before: /\b(?:named|nominated|appointed|picked|tapped|chose|selected|designated)\s+$/,
  after: new RegExp(
    String.raw`^(?:\s*,[^,;.]{0,80},)?\s+as\s+(?:(?:the|his|her|its|their|the\s+(?:nation|country)[’']s)\s+)?(?:new|next|incoming)\s+${ROLE}\b`,
    'u',
  ),
};

/**
 * A role written in lower case before the name with "nominee" or "-designate" ("defense minister nominee Ana Ruiz",
 * "the defence secretary-designate Ana Ruiz"), as news copy writes titles: the role, up to two words before its head.
 */
const NOMINEE_BEFORE = {
  name: 'role with "nominee" or "-designate" before the name',
  pattern: new RegExp(
    String.raw`(?:^|[^\p{L}-])((?:(?!(?:the|a|an|new|next|incoming|his|her|its|their)\s)[\p{Ll}-]+\s+){0,2}?(?:${TITLE_HEADS.map((h) => h.toLowerCase()).join('|')}))(?:[- ]designate|\s+(?:nominee|pick))\s+$`,
    'u',
  ),
};

/** The role a designate is appointed to, from the words after their name (and before it); null when none is given. */
export function appointmentAfter(after: string, before = ''): { role: string; rule: string } | null {
  for (const r of APPOINTMENT_AFTER) {
    const m = r.pattern.exec(after);
    const role = m?.slice(1).find((g) => g != null);
    if (role) return { role: role.trim(), rule: r.name };
  }
  const m = APPOINTED_OBJECT.before.test(before) ? APPOINTED_OBJECT.after.exec(after) : null;
  if (m) return { role: m[1].trim(), rule: APPOINTED_OBJECT.name };
  const nominee = NOMINEE_BEFORE.pattern.exec(before);
  return nominee ? { role: nominee[1].trim(), rule: NOMINEE_BEFORE.name } : null;
}

/**
 * The post a role names in a country, from the titles held there: "minister" → the one title that starts with
 * "Minister" ("Minister of National Defense"); "defense minister" → the title written that way too. Null unless one.
 */
export function postForRole(role: string, titles: string[]): string | null {
  const key = role.toLowerCase().replace(/\s+/g, ' ');
  const head = key.split(' ').pop()!;
  const forms = (t: string) => {
    const out = [t.toLowerCase()];
    const m = /^(Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?(?:National\s+)?(.+)$/i.exec(t);
    if (m) out.push(`${m[2]} ${m[1]}`.toLowerCase());
    return out;
  };
  const named = [...new Set(titles.filter((t) => forms(t).includes(key)))];
  if (named.length === 1) return named[0];
  if (key !== head) return null;
  const top = [...new Set(titles.filter((t) => new RegExp(`^${head}\\b`, 'i').test(t)))];
  return top.length === 1 ? top[0] : null;
}

/** Edit distance (insertions, deletions, substitutions, and a transposition of neighbours counted once) between two short words. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** The words of a name that count (no initials, suffixes or particles), lower case, hyphens dropped ("Gyu-back" → "gyuback"). */
const nameWords = (name: string): string[] =>
  name
    .split(/\s+/)
    .filter((w) => w && !/^(?:\p{Lu}\.|Jr\.?|Sr\.?|II|III|IV)$/u.test(w) && !NAME_PARTICLES.has(w))
    .map((w) => w.toLowerCase().replace(/[-’']/g, ''));

/** One word may differ by one letter (four letters or more), or by two (six letters or more): a misspelling, another romanization. */
const closeWord = (a: string, b: string): boolean => {
  const n = Math.min(a.length, b.length);
  const d = editDistance(a, b);
  return d <= (n >= 6 ? 2 : n >= 4 ? 1 : 0);
};

/** Whether two names of two words are one person's written twice: one word the same, the other close, in either order. */
export function variantOfName(written: string, recorded: string): boolean {
  const a = nameWords(written);
  const b = nameWords(recorded);
  if (a.length !== 2 || b.length !== 2 || a.join(' ') === b.join(' ')) return false;
  const fits = (x: string[], y: string[]) => (x[0] === y[0] && closeWord(x[1], y[1])) || (x[1] === y[1] && closeWord(x[0], y[0]));
  return fits(a, b) || fits(a, [b[1], b[0]]);
}

/**
 * NAME_VARIANT (round 10): a name in the text no official on record bears, written as one who holds a post on the date
 * is written with one word misspelt or romanized otherwise ("Kishiu Nobuo" for Nobuo Kishi, "Ahn Kyu-baek" for Ahn
 * Gyu-back): that official, named under another spelling. Only when exactly one official on record fits. `covered`
 * tells whether the lexicon already reads a span as someone. Returns the spellings to read as each official's alias.
 */
export function nameVariants(
  text: string,
  officials: { id: number; name: string; aliases: string[]; holdings: { startDate: string; endDate: string | null }[] }[],
  covered: (start: number, end: number) => boolean,
  date: string | null,
): { officialId: number; alias: string }[] {
  const out: { officialId: number; alias: string }[] = [];
  const holding = officials.filter((o) => !date || o.holdings.some((h) => h.startDate <= date && (!h.endDate || h.endDate >= date)));
  const seen = new Set<string>();
  for (const p of personNames(text)) {
    if (seen.has(p.text) || covered(p.start, p.end)) continue;
    seen.add(p.text);
    const fit = holding.filter((o) => [o.name, ...o.aliases].some((n) => variantOfName(p.text, n)));
    if (fit.length === 1) out.push({ officialId: fit[0].id, alias: p.text });
  }
  return out;
}
