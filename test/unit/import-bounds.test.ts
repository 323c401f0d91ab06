import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentHash, hashForm, sourceHashes } from '../../src/imports/content-hash';
import { decodeEntities, htmlShape, htmlToText, MAX_HTML_DEPTH, stripNonText } from '../../src/imports/html';
import { defaultTextVariants } from '../../src/imports/import-vocabulary';
import {
  editsWithin,
  findQuotes,
  ImportInputError,
  paragraphs,
  quotesWithin,
  restoreVariants,
  sentences,
  type RestoredText,
  toOriginal,
} from '../../src/imports/text';
import { variantRuleBreach, variantWords } from '../../src/imports/variant-rule';
import { runImportTask } from '../../src/imports/worker/import-task';
import { referenceLexiconData } from './reference-lexicon';

describe('text variants may not change meaning', () => {
  const refused: [string, string, string][] = [
    ['reaffirmed', 'rejected', 'stance-verb'],
    ['reaffirmed its commitment', 'withdrew its commitment', 'stance-verb'],
    ['said', 'pledged', 'stance-verb'],
    ['the readout', 'the readout stated', 'stance-verb'],
    ['welcomed', 'condemned', 'stance-verb'],
    ['is committed', 'is not committed', 'negation'],
    ['is not committed', 'is committed', 'negation'],
    ["isn't bound", 'is bound', 'negation'],
    ['will always', 'will never', 'negation'],
    ['with delay', 'without delay', 'negation'],
    ['will deploy', 'may deploy', 'modality'],
    ['must respond', 'could respond', 'modality'],
    ['zq', 'x'.repeat(199), 'length'],
  ];
  for (const [variant, restored, rule] of refused) {
    it(`refuses "${variant}" → "${restored.slice(0, 24)}" by the ${rule} rule`, () => {
      const breach = variantRuleBreach(variant, restored);
      assert.equal(breach?.rule, rule);
      assert.ok(breach!.message.length > 20);
    });
  }

  const allowed: [string, string][] = [
    ['Secretary of Protection', 'Secretary of Defense'],
    ['acknowledged that', 'stated that'],
    ['mentioned', 'said'],
    ['confirmed', 'reaffirmed'],
    ['have been capable of verify', 'were able to confirm'],
    ['dedication of the USA', 'commitment of the United States'],
    ['will not', "won't"],
  ];
  for (const [variant, restored] of allowed) {
    it(`allows "${variant}" → "${restored}"`, () => assert.equal(variantRuleBreach(variant, restored), null));
  }

  it('allows every variant the reference vocabulary starts with', () => {
    for (const v of defaultTextVariants) assert.equal(variantRuleBreach(v.variant, v.restored), null, `${v.variant} → ${v.restored}`);
  });

  it('splits contractions into a negation and takes capitalized words after the first for names', () => {
    assert.deepEqual(variantWords("can't say"), ['can', "n't", 'say']);
    assert.deepEqual(variantWords('the United States'), ['the']);
    assert.deepEqual(variantWords('the United States', true), ['the', 'united', 'states']);
  });
});

describe('content hash', () => {
  it('folds quotation marks, apostrophes, dashes, compatibility forms and white space', () => {
    const curly = 'He said: “The alliance’s role — vital…”\n\nIt ‘holds’.';
    const straight = "He said: \"The alliance's role - vital...\" It 'holds'.";
    assert.equal(hashForm(curly), hashForm(straight));
    assert.equal(contentHash(curly), contentHash(straight));
    assert.equal(contentHash('ＡＢＣ'), contentHash('ABC'));
  });

  it('tells different words apart', () => {
    assert.notEqual(contentHash('The alliance is strong.'), contentHash('The alliance is not strong.'));
  });

  it('lists the hashes a recorded source may carry: the content hash and the plain SHA-256 of the text given and normalized', () => {
    const hashes = sourceHashes('a “b”\r\n', 'a “b”');
    assert.equal(hashes.length, 3);
    assert.ok(hashes.every((h) => /^[0-9a-f]{64}$/.test(h)));
    assert.equal(hashes[0], contentHash('a "b"'));
  });
});

describe('HTML is bounded before any parser sees it', () => {
  it('measures elements and depth in one pass, with void and implicitly closed elements', () => {
    assert.deepEqual(htmlShape('<div><p>a<p>b<br><img src=x></div>'), { elements: 5, depth: 2 });
    assert.deepEqual(htmlShape(`${'<div>'.repeat(100)}${'</div>'.repeat(100)}`), { elements: 100, depth: 100 });
    assert.deepEqual(htmlShape('</span></div><p>x</p>'), { elements: 1, depth: 1 });
  });

  it('removes comments and script-like content, an unclosed one to the end', () => {
    assert.equal(stripNonText('a<!-- x -->b<script>var s = "<p>";</script>c<style>p{}</style>d'), 'abcd');
    assert.equal(stripNonText('a<script>x'.repeat(3)), 'a');
    assert.equal(stripNonText('a<!-- never closed <p>b</p>'), 'a');
  });

  it('decodes character references', () => {
    assert.equal(decodeEntities('&amp;&lt;&#8220;&#x201d;&rsquo;&unknown;'), '&<“”’&unknown;');
  });

  it('flattens a page nested deeper than the limit instead of building a DOM, and keeps its text', () => {
    const html = `<title>Deep</title>${'<div>'.repeat(MAX_HTML_DEPTH + 1)}<p>Secretary Hegseth spoke &amp; listened.</p>${'</div>'.repeat(MAX_HTML_DEPTH + 1)}`;
    const page = htmlToText(html);
    assert.equal(page.method, 'flattened');
    assert.equal(page.title, 'Deep');
    assert.match(page.text, /Secretary Hegseth spoke & listened\./);
  });

  it('reads a page within the limits with Readability, inline tags removed first', () => {
    const body =
      '<p>Secretary <b>Hegseth</b> said that the <i>alliance</i> is strong and will remain so for many years to come.</p>'.repeat(5);
    const page = htmlToText(`<html><head><title>T</title></head><body><article>${body}</article></body></html>`);
    assert.notEqual(page.method, 'flattened');
    assert.match(page.text, /Secretary Hegseth said that the alliance is strong/);
  });
});

describe('restored text is bounded and spans map back in logarithmic time', () => {
  const variant = (v: string, restored: string) => ({ variant: v, restored, caseSensitive: false });

  it('refuses restorations that make the document grow by more than a quarter', () => {
    assert.throws(
      () => restoreVariants('zq '.repeat(2_000), [variant('zq', 'x'.repeat(50))]),
      (e: unknown) => e instanceof ImportInputError && e.limit === 'restoredChars',
    );
    assert.equal(
      restoreVariants('Secretary of Protection Hegseth', [variant('Secretary of Protection', 'Secretary of Defense')]).text,
      'Secretary of Defense Hegseth',
    );
  });

  /** The former linear scan, as the reference. */
  function naiveToOriginal(r: RestoredText, start: number, end: number): [number, number] {
    const map = (pos: number, isEnd: boolean): number => {
      let delta = 0;
      for (const e of r.edits) {
        if (pos < e.at || (isEnd && pos === e.at)) break;
        if (pos < e.at + e.length || (isEnd && pos === e.at + e.length)) return isEnd ? e.origAt + e.origLength : e.origAt;
        delta += e.origLength - e.length;
      }
      return pos + delta;
    };
    return [map(start, false), map(end, true)];
  }

  it('maps every span as the former linear scan did', () => {
    const text = 'the protection posture of the 2 nations and the protection posture again, the 2 of them';
    const restored = restoreVariants(text, [variant('protection posture', 'defense posture'), variant('the 2', 'the two')]);
    assert.equal(restored.edits.length, 4);
    for (let start = 0; start <= restored.text.length; start++) {
      for (let end = start; end <= restored.text.length; end++) {
        assert.deepEqual(toOriginal(restored, start, end), naiveToOriginal(restored, start, end), `${start}-${end}`);
        assert.deepEqual(
          editsWithin(restored, start, end),
          restored.edits.filter((e) => e.at >= start && e.at + e.length <= end),
        );
      }
    }
  });
});

describe('sentences are joined in linear time', () => {
  it('joins "U.S. " repeated into one run-on sentence, and still splits after a full stop', () => {
    const text = 'U.S. '.repeat(5_000).trim();
    const [para] = paragraphs(text);
    assert.equal(sentences(text, para, []).length, 1);
    const two = 'Gen. Smith met the U.S. delegation. The talks went well.';
    assert.deepEqual(
      sentences(two, paragraphs(two)[0], []).map((s) => two.slice(s.start, s.end)),
      ['Gen. Smith met the U.S. delegation.', 'The talks went well.'],
    );
  });
});

describe('quotes of a sentence', () => {
  it("are those a filter over all the paragraph's quotes finds", () => {
    const text = 'He said "Yes." She said “No” and ‘maybe’. "Open to the end';
    const quotes = findQuotes(text);
    assert.equal(quotes.length, 4);
    for (let start = 0; start <= text.length; start += 3)
      for (let end = start; end <= text.length; end += 2)
        assert.deepEqual(
          quotesWithin(quotes, { start, end }),
          quotes.filter((q) => q.start >= start && q.end <= end),
        );
  });
});

describe('the worker task', () => {
  it('prepares text and extracts with plain data in and out, and returns a refusal as a value', () => {
    const prepared = runImportTask({ stage: 'prepare', format: 'text', raw: ' Secretary Hegseth said that the alliance is strong.\r\n' });
    assert.ok(prepared.ok);
    assert.equal(prepared.prepared!.text, 'Secretary Hegseth said that the alliance is strong.');
    const lexicon = referenceLexiconData();
    const options = { kind: 'NEWS_ARTICLE' as const, publisherId: null, publishedOn: '2025-02-01' };
    const extracted = runImportTask({ stage: 'extract', lexicon, text: prepared.prepared!.text, options });
    assert.ok(extracted.ok);
    assert.equal(extracted.passages!.length, 1, 'passages come back as JSON, one string each');
    assert.match(JSON.parse(extracted.passages![0]).text, /alliance is strong/);
    lexicon.variants.push({ variant: 'zq', restored: 'x'.repeat(100), caseSensitive: false });
    const refused = runImportTask({ stage: 'extract', lexicon, text: 'zq '.repeat(1_000), options });
    assert.deepEqual(refused.ok ? null : refused.limit, 'restoredChars');
  });
});
