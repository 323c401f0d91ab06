import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { type Extraction, extract } from '../../src/imports/extract';
import { htmlToText } from '../../src/imports/html';
import type { Lexicon } from '../../src/imports/lexicon';
import {
  findDates,
  findQuotes,
  looksBinary,
  normalizeText,
  paragraphs,
  restoreVariants,
  sentences,
  toOriginal,
} from '../../src/imports/text';
import {
  type DraftView,
  type ExpectedPassage,
  pressConferenceExpected,
  readoutExpected,
  score,
  sourceArticleExpected,
  draftGroups,
} from '../fixtures/import-expectations';
import { referenceLexicon, testLexicon } from './reference-lexicon';

const ROOT = path.join(__dirname, '..', '..', '..');
const article = fs.readFileSync(path.join(ROOT, 'data', 'source-article.txt'), 'utf8');

function views(lex: Lexicon, result: Extraction): DraftView[] {
  const name = (id: number) => lex.officials.get(id)?.name ?? `#${id}`;
  const org = (id: number | null) => (id == null ? null : (lex.organizations.get(id)?.name ?? `#${id}`));
  return result.passages.map((p) => ({
    kind: p.kind,
    text: p.text,
    author: [
      ...p.speakerIds.map((id) => ({ official: name(id) })),
      ...(p.attributedOrganizationId ? [{ organization: org(p.attributedOrganizationId)! }] : []),
    ],
    parties: p.partyIds.map(name),
    source: {
      kind: p.source.kind,
      publisher: org(p.source.publisherId),
      speaker: p.source.speakerId ? name(p.source.speakerId) : null,
      isDocument: p.source.isDocument,
    },
    call: lex.data.calls.find((c) => c.id === p.callId)?.title ?? null,
    commitments: p.commitments.map((c) => lex.data.commitments.find((x) => x.id === c.id)!.title),
  }));
}

describe('import text handling', () => {
  it('normalizes line ends, control characters and spaces', () => {
    assert.equal(normalizeText('a\r\nb\u0007  c\t d\n\n\n\ne'), 'a\nb c d\n\ne');
  });

  it('unwraps a hard-wrapped paragraph (HARD_WRAP), and leaves headers, headings, bullets, turns and unwrapped lines alone', () => {
    // An invented wire text saved with a line break every ~70 characters.
    const wrapped = [
      'Wire Desk, Pacific Bureau',
      'MANILA, March 3 – The defense chiefs of the two countries met here on',
      'Tuesday and agreed to widen joint patrols in the waters west of the',
      'archipelago, officials of both ministries said after the talks.',
      'Patrols',
      'They also discussed a new logistics hub for the rotating forces, and',
      'pledged to finish the survey of the site before the end of the year.',
    ].join('\n');
    const text = normalizeText(wrapped);
    assert.deepEqual(text.split('\n'), [
      'Wire Desk, Pacific Bureau',
      'MANILA, March 3 – The defense chiefs of the two countries met here on Tuesday and agreed to widen joint patrols in the waters west of the archipelago, officials of both ministries said after the talks.',
      'Patrols',
      'They also discussed a new logistics hub for the rotating forces, and pledged to finish the survey of the site before the end of the year.',
    ]);
    assert.equal(text.length, normalizeText(wrapped.replace(/\n/g, '\n\n')).length - 6, 'one character per joined line: offsets hold');
    // Lines that each end a sentence, a header's short lines, bullets and turns keep their breaks.
    for (const kept of [
      'The minister arrived on Monday.\nShe met the secretary on Tuesday.\nThey spoke for an hour.',
      'Press Conference by the Defense Minister of Japan\nTime and Date: 9:02 to 9:14 on April 24\nPlace: Press Conference Room, Ministry',
      '□ The two ministers agreed to widen the patrols in the west and the\n□ The two ministers agreed to meet in the capital in the spring of the\n□ The two ministers agreed to keep in close touch on the hub of the',
      'MINISTER ARAI: We agreed on the patrols and on the survey of the hub and\nSECRETARY LAMB: We did, and we will keep working on the site of the\nQ: Did the two of you discuss the hub, the site and the survey of the',
    ])
      assert.equal(normalizeText(kept), kept);
  });

  it('tells binary from text', () => {
    assert.equal(looksBinary('plain text “with quotes”'), false);
    assert.equal(looksBinary('abc\u0000def'), true);
    assert.equal(looksBinary('\u0001\u0002\u0003'.repeat(100) + 'text'), true);
  });

  it('finds curly, straight and single quotes, not apostrophes', () => {
    const text = 'He said “one two, three.” and "four five" then ‘six seven’ and Trump’s plan';
    const quotes = findQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd));
    assert.deepEqual(quotes, ['one two, three.', 'four five', 'six seven']);
  });

  it('marks a quote left open as unbalanced, running to the end of the paragraph', () => {
    const text = 'She said “this never closes. Not here either.';
    const [q] = findQuotes(text);
    assert.equal(q.balanced, false);
    assert.equal(text.slice(q.innerStart, q.innerEnd), 'this never closes. Not here either.');
  });

  it('keeps a quote spanning sentences in one sentence, and does not break after "U.S."', () => {
    const text = 'He said “First point. Second point.” Then the U.S. Secretary left. Done.';
    const para = paragraphs(text)[0];
    const spans = sentences(text, para, findQuotes(text)).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(spans, ['He said “First point. Second point.”', 'Then the U.S. Secretary left.', 'Done.']);
  });

  it('reads calendar dates and weekdays relative to the publication date', () => {
    const dates = findDates('On Jan. 31, 2025 and 2 February 2025; calls on Friday.', '2025-02-02');
    assert.deepEqual(
      dates.map((d) => [d.date, d.rule]),
      [
        ['2025-01-31', 'calendar-date'],
        ['2025-02-02', 'calendar-date'],
        ['2025-01-31', 'weekday'],
      ],
    );
    assert.deepEqual(findDates('February 30, 2025', null), []);
  });

  it('restores spun wording from data and maps spans back to the original', () => {
    const original = 'The Secretary of Protection met the Appearing minister; appearing later.';
    const restored = restoreVariants(original, [
      { variant: 'Secretary of Protection', restored: 'Secretary of Defense', caseSensitive: false },
      { variant: 'Appearing', restored: 'Acting', caseSensitive: true },
    ]);
    assert.equal(restored.text, 'The Secretary of Defense met the Acting minister; appearing later.');
    const at = restored.text.indexOf('Acting minister');
    const [a, b] = toOriginal(restored, at, at + 'Acting minister'.length);
    assert.equal(original.slice(a, b), 'Appearing minister');
  });

  it('takes the article body of an HTML page, without scripts or navigation', () => {
    const filler = 'This sentence pads the article so that the reader view takes it for the main content of the page. '.repeat(4);
    const html = `<html><head><title>Readout</title><script>alert("x")</script></head><body><nav><a href="/">Home</a> Menu</nav>
      <article><h1>Readout</h1><p>Secretary Hegseth said “we stand together.” ${filler}</p><p>Second paragraph. ${filler}</p></article>
      <script>document.write("injected")</script></body></html>`;
    const { text, method } = htmlToText(html);
    assert.equal(method, 'readability');
    assert.ok(!text.includes('alert') && !text.includes('injected') && !text.includes('Menu'));
    assert.equal(paragraphs(normalizeText(text)).length >= 2, true);
  });
});

describe('import of the reference article', () => {
  const lex = referenceLexicon();
  const result = extract(lex, article, { kind: 'NEWS_ARTICLE', publisherId: null, publishedOn: '2025-02-02' });
  const drafts = views(lex, result);

  it('finds the hand-counted passages with the right author, parties, source, call and commitments', () => {
    const s = score(sourceArticleExpected, drafts);
    console.log(
      `source-article.txt: ${s.right}/${s.expected} passages right, ${s.drafts} drafts: recall ${s.recall.toFixed(2)}, precision ${s.precision.toFixed(2)}`,
    );
    for (const p of s.problems) console.log(`  ${p}`);
    assert.ok(s.recall >= 0.9, `recall ${s.recall}`);
    assert.ok(s.precision >= 0.9, `precision ${s.precision}`);
  });

  it('proposes Article V / Senkaku where the text is about it, and only there', () => {
    const withArticleV = drafts.filter((d) => d.commitments.some((c) => c.startsWith('Article V')));
    assert.equal(withArticleV.length, 2);
    assert.ok(withArticleV.every((d) => /Senkaku/.test(d.text)));
  });

  it('shows restored wording and keeps the original span', () => {
    const p = result.passages.find((x) => x.text.includes('Article V of the U.S.-Japan Treaty'))!;
    assert.match(p.text, /two defense chiefs reaffirmed/);
    assert.match(p.originalText, /2 protection chiefs reaffirmed/);
    assert.equal(article.includes(p.originalText), true);
    assert.ok(p.evidence.some((e) => e.field === 'text' && e.rule === 'text variant restored'));
    assert.ok(!result.passages.some((x) => /dedication|Protection|launch|discharge/.test(x.text)));
  });

  it('finds both calls and gives evidence for each guess', () => {
    assert.deepEqual(result.calls.map((c) => c.callId).sort(), [1, 2]);
    for (const p of result.passages) {
      for (const field of ['source', 'call', 'date'])
        assert.ok(
          p.evidence.some((e) => e.field === field),
          `${field} evidence for ${p.text}`,
        );
    }
  });
});

describe('import of the documents written for the tests', () => {
  const lex = testLexicon();
  const org = (name: string) => lex.data.organizations.find((o) => o.name === name)!.id;
  const cases: [string, ExpectedPassage[], Parameters<typeof extract>[2]][] = [
    ['mnd-readout.txt', readoutExpected, { kind: 'READOUT', publisherId: org('Ministry of National Defense'), publishedOn: '2026-03-12' }],
    [
      'press-conference.txt',
      pressConferenceExpected,
      { kind: 'PRESS_CONFERENCE', publisherId: org('Ministry of Defense'), publishedOn: '2026-04-21' },
    ],
  ];
  for (const [file, expected, options] of cases) {
    it(`${file}: recall and precision at least 0.9`, () => {
      const result = extract(lex, fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'imports', file), 'utf8'), options);
      const s = score(expected, views(lex, result));
      console.log(
        `${file}: ${s.right}/${s.expected} passages right, ${s.drafts} drafts: recall ${s.recall.toFixed(2)}, precision ${s.precision.toFixed(2)}`,
      );
      for (const p of s.problems) console.log(`  ${p}`);
      assert.ok(s.recall >= 0.9, `recall ${s.recall}`);
      assert.ok(s.precision >= 0.9, `precision ${s.precision}`);
    });
  }

  it('proposes the official the readout names who is not on record, acting, with country', () => {
    const result = extract(lex, fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'imports', 'mnd-readout.txt'), 'utf8'), cases[0][2]);
    assert.deepEqual(
      result.proposedOfficials.map((p) => [p.name, p.title, p.capacity, p.countryCode]),
      [['Han Ji-soo', 'Director General for International Policy', 'ACTING', 'KR']],
    );
  });
});

describe('hostile input', () => {
  const lex = referenceLexicon();
  const run = (text: string) => extract(lex, text, { kind: 'NEWS_ARTICLE', publisherId: null, publishedOn: '2025-02-02' });

  it('gives nothing for empty text, only quotation marks, or unbalanced quotes', () => {
    assert.equal(run('').passages.length, 0);
    assert.equal(run('"""""""“”“”‘’‘’'.repeat(1000)).passages.length, 0);
    const unbalanced = run('Hegseth said “this quote never ends and goes on and on. ” ” “ “ “ '.repeat(50));
    assert.ok(unbalanced.passages.length <= 60);
  });

  it('refuses a document longer than the limit', () => {
    assert.throws(() => run('word '.repeat(100_000)), /longer than/);
  });

  it('reads documents near the size limit built to be slow (long runs of quotes, capitals, no full stops)', () => {
    for (const text of [
      'Hegseth said “this never ends and goes on. '.repeat(4500),
      '“a b c d e f g” said Hegseth, ‘x y z w v u’ '.repeat(4500),
      'Vice Minister Of Defense Aaaa Bbbb Cccc Dddd Eeee Ffff '.repeat(3500),
      'the two defense chiefs agreed that and that including that said that '.repeat(2800),
    ]) {
      assert.ok(text.length < 200_000);
      assert.ok(run(text).passages.length < 100);
    }
  });

  it('handles a long document of many sentences', () => {
    const text = (article + '\n\n').repeat(8);
    const result = run(text);
    assert.ok(result.passages.length >= draftGroups(sourceArticleExpected).length);
  });
});
