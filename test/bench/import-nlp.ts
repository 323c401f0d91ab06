/**
 * `npm run build && node dist/test/bench/import-nlp.js`: the measurements behind the import
 * pipeline's choice of NLP library (README, import section). Sentence segmentation on passages
 * written for this bench in the shapes real defense documents take (initials, suffixes, "U.S.",
 * "Gen.", "Jan.", "a.m.", quotations), people's names in both orders, reporting verbs tagged as
 * verbs, and the time each takes on a 20,000-word transcript; then the whole pipeline on it.
 * Prints figures; asserts nothing (the machine may be busy).
 */
import compromise from 'compromise';
import sbd from 'sbd';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { Lexicon } from '../../src/imports/lexicon';
import { runPipeline } from '../../src/imports/pipeline';
import { segment } from '../../src/imports/pipeline/segment';
import { personNames } from '../../src/imports/pipeline/people';
import { referenceLexiconData } from '../unit/reference-lexicon';

/** Each case: sentences joined by one space; a segmenter is right when it returns exactly these. */
const CASES: string[][] = [
  ['Secretary of Defense Lloyd J. Austin III met Minister Kihara in Tokyo.', 'They spoke for an hour.'],
  ['The U.S. Secretary of Defense reaffirmed the commitment.', 'Both sides agreed.'],
  ['Gen. Charles Q. Brown Jr. joined the meeting.', 'He left at noon.'],
  ['The call took place on Jan. 5 at 9 a.m. Tokyo time.', 'It lasted 30 minutes.'],
  ['The Minister said, “We will deepen cooperation. Our alliance is strong.”', 'The Secretary agreed.'],
  ['Adm. Samuel J. Paparo briefed the ministers on U.S. Indo-Pacific Command plans.', 'No decisions were announced.'],
  ['Vice Minister Kim Seon-ho met Deputy Secretary Ellery on Feb. 3.', 'The talks were held in Seoul.'],
  ['Japan and the U.S. will hold drills in Sept. near Okinawa.', 'China objected.'],
  ['Lt. Gen. Ricky N. Rupp attended.', 'So did Maj. Gen. Brian S. Eifler.'],
  ['KISHI Nobuo, Minister of Defense, spoke with Secretary Austin.', 'They confirmed Article V.'],
  ['The ROK-U.S. Alliance remains ironclad, the ministry said.', 'Seoul welcomed it.'],
  ['Mr. Austin said the U.S. commitment is unwavering.', 'Ms. Kim agreed.'],
  ['The meeting in Washington, D.C. ended early.', 'A statement followed.'],
  ['Dr. Ely S. Ratner spoke at 10 a.m. on Monday.', 'Reporters asked about Taiwan.'],
];

const wink = winkNLP(model);
const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
const nlpc = compromise as unknown as (t: string) => {
  sentences: () => { out: (f: string) => string[] };
  people: () => { out: (f: string) => string[] };
};
const candidates: Record<string, (t: string) => string[]> = {
  'wink-nlp + our join rules (pipeline)': (t) => segment(t).sentences.map((s) => t.slice(s.start, s.end)),
  'wink-nlp alone': (t) => wink.readDoc(t).sentences().out(),
  compromise: (t) => nlpc(t).sentences().out('array'),
  sbd: (t) => sbd.sentences(t, {}),
  'Intl.Segmenter': (t) => [...seg.segment(t)].map((s) => s.segment.trim()),
};
const clean = (xs: string[]) => xs.map((x) => x.trim()).filter(Boolean);

console.log(`Sentence segmentation: ${CASES.length} passages of two sentences each (right = exactly the two sentences)`);
for (const [name, fn] of Object.entries(candidates)) {
  let right = 0;
  for (const c of CASES) if (JSON.stringify(clean(fn(c.join(' ')))) === JSON.stringify(c)) right++;
  console.log(`  ${name.padEnd(40)} ${right}/${CASES.length}`);
}

const NAMES: [string, string[]][] = [
  ['Secretary of Defense Lloyd J. Austin III spoke.', ['Lloyd J. Austin III']],
  ['Minister KISHI Nobuo spoke.', ['KISHI Nobuo']],
  ['Minister Kishi Nobuo spoke.', ['Kishi Nobuo']],
  ["Readout of Lloyd Austin's Call With Minister Kihara Minoru", ['Lloyd Austin', 'Kihara Minoru']],
  ['Gen. Charles Q. Brown Jr. and Kim Seon-ho met.', ['Charles Q. Brown Jr.', 'Kim Seon-ho']],
  ['Philippine Defense Secretary Gilberto Teodoro said so.', ['Gilberto Teodoro']],
];
console.log(`\nPeople's names: ${NAMES.length} sentences (right = exactly the names written)`);
const namers: Record<string, (t: string) => string[]> = {
  'pipeline people stage': (t) => personNames(t).map((p) => p.text),
  'compromise people()': (t) =>
    nlpc(t)
      .people()
      .out('array')
      .map((x) => x.replace(/[.,]$/, '').trim()),
};
for (const [name, fn] of Object.entries(namers)) {
  let right = 0;
  for (const [t, want] of NAMES) if (JSON.stringify(fn(t)) === JSON.stringify(want)) right++;
  console.log(`  ${name.padEnd(40)} ${right}/${NAMES.length}`);
}

const VERBS = [
  'The Secretary affirmed that Article V applies.',
  "Japan's Defense Ministry said.",
  'He told reporters the talks were useful.',
];
let tagged = 0;
for (const v of VERBS) {
  const doc = wink.readDoc(v);
  const pos = doc.tokens().out(wink.its.pos) as string[];
  const words = doc.tokens().out() as string[];
  if (words.some((w, i) => /^(?:affirmed|said|told)$/.test(w) && pos[i] === 'VERB')) tagged++;
}
console.log(`\nReporting verbs tagged VERB by wink-nlp: ${tagged}/${VERBS.length}`);

// A 20,000-word transcript: turns of a press conference, written for this bench.
const turnsText = [
  'Q: Did the two ministers discuss the Senkaku Islands during the meeting this morning?',
  'MINISTER NAKATANI: Yes. Secretary Hegseth and I confirmed that Article V of the Japan-U.S. Security Treaty applies to the Senkaku Islands, and we agreed to expand bilateral presence in the southwest islands.',
  'Q: What about the command and control upgrade?',
  'MINISTER NAKATANI: We agreed that work to modernize Alliance command and control should move ahead without delay. I will refrain from commenting on the details.',
].join('\n\n');
let transcript = 'Press Conference by Defense Minister NAKATANI Gen\n\nJanuary 31, 2025\n\n';
while (transcript.split(/\s+/).length < 20_000) transcript += `${turnsText}\n\n`;
const words = transcript.split(/\s+/).length;
const lexicon = referenceLexiconData();
new Lexicon(lexicon);
wink.readDoc('warm up.');
for (const [name, fn] of Object.entries(candidates)) {
  const t0 = performance.now();
  const n = fn(transcript).length;
  console.log(`  ${name.padEnd(40)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms for ${words} words (${n} sentences)`);
}
const t0 = performance.now();
const out = runPipeline({
  text: transcript,
  metadata: {
    kind: 'PRESS_CONFERENCE',
    publisherId: null,
    publishedOn: '2025-02-01',
    title: 'Press Conference by Defense Minister NAKATANI Gen',
  },
  lexicon,
});
console.log(
  `\nWhole pipeline on the ${words}-word transcript: ${(performance.now() - t0).toFixed(0)} ms, ${out.passages.length} drafts, ${out.dispositions.length} sentences with a disposition (machine shared with other sessions)`,
);
