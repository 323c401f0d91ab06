/**
 * Round 18 (branch i19-r18artv): Article V / Senkaku found in every document that states it, whatever the words. Each
 * paraphrase (invented wording, in constructions seen in real readouts, ministry summaries, joint statements, wire stories
 * and transcripts of 2017–2022) is put in several genres of document, extracted as the bench extracts (no keepAll), and
 * must give a stored draft carrying the Article V commitment with a positive stance. Questions, background history, the
 * treaty's text explained and other treaties' articles must give none. Invented people and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract, type Extraction } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { world } from './import-world';
import { referenceLexiconData } from './reference-lexicon';

/** The test world (Brennan 10, U.S.; Morishima 11, Japan) with the reference dataset's commitments. */
function artvWorld() {
  const w = world();
  w.commitments = referenceLexiconData().commitments;
  // The call is on record, as the worlds of real folders record the talks their documents report.
  w.calls.push({ id: 60, title: 'Brennan–Morishima telephone call, March 2031', date: '2031-03-02', participantIds: [10, 11] });
  const id = w.commitments.find((c) => c.title.startsWith('Article V of'))!.id;
  return { lex: new Lexicon(w), id };
}
const { lex, id: ARTICLE_V } = artvWorld();

type Kind = 'READOUT' | 'PRESS_RELEASE' | 'NEWS_ARTICLE' | 'TRANSCRIPT';
const run = (kind: Kind, publisherId: number, title: string, paragraphs: string[]): Extraction =>
  extract(lex, [title, ...paragraphs].join('\n\n'), { kind, publisherId, publishedOn: '2031-03-02', title });

/** The stances of Article V / Senkaku on the stored drafts. */
const artV = (r: Extraction) => r.passages.flatMap((p) => p.commitments.filter((c) => c.id === ARTICLE_V).map((c) => c.stance));
const positive = (r: Extraction) => artV(r).some((s) => s === 'AFFIRMS' || s === 'REAFFIRMS');

// The genres: each puts a sentence (or sentences) where such documents state it.
const READOUT_TITLE = "Readout of Secretary of Defense Harold Brennan's Call With Japanese Minister of Defense Kenta Morishima";
const readout = (...s: string[]) =>
  run('READOUT', 1, READOUT_TITLE, [
    'Secretary of Defense Harold Brennan spoke by phone today with Japanese Minister of Defense Kenta Morishima.',
    'The two leaders exchanged views on the security situation in the region.',
    ...s,
  ]);
const summary = (...s: string[]) =>
  run('PRESS_RELEASE', 2, 'Japan-U.S. Defense Ministerial Telephone Talk (summary)', [
    'On March 2, 2031, Minister Morishima held a telephone talk with Secretary of Defense Harold Brennan for about 40 minutes. The summary is as follows.',
    '1 Regional affairs',
    ...s,
  ]);
const story = (...s: string[]) =>
  run('NEWS_ARTICLE', 4, 'Japan, U.S. defense chiefs hold phone talks', [
    'TOKYO, March 2 (Harbor) - Japanese Defense Minister Kenta Morishima and U.S. Defense Secretary Harold Brennan held phone talks on Sunday, the ministry said.',
    ...s,
  ]);
const conference = (...s: string[]) =>
  run('TRANSCRIPT', 1, 'Secretary Brennan and Minister Morishima Joint Press Conference', [
    'SECRETARY BRENNAN: Thank you, Minister Morishima, for hosting me in Tokyo. We had a productive meeting this morning.',
    ...s,
  ]);

/** A clause stating the coverage, in many wordings: it follows "that". */
const CLAUSES = [
  'Article V of the Japan-U.S. Security Treaty applies to the Senkaku Islands',
  'Article 5 of the U.S.-Japan security treaty covers the Senkakus',
  'Article Five of the bilateral security treaty extends to the Senkaku Islands',
  'the Senkaku Islands fall within the scope of Article V of the Treaty of Mutual Cooperation and Security',
  'the Senkakus come under Article 5 of the security treaty',
  'the Senkaku Islands are covered by Article V of the U.S.-Japan Security Treaty',
  'the Senkaku Islands are subject to Article 5 of the Japan-U.S. Security Treaty',
  "the security treaty's Article 5 applies to the Senkaku Islands",
  'the bilateral security treaty covers the Senkaku Islands',
  "the treaty's fifth article applies to the Senkaku Islands",
  "the treaty's Article 5, which sets out the U.S. duty to defend Japan, applies to the Senkaku Islands in Okinawa Prefecture",
  'the Senkaku Islands, which Beijing also claims, fall under the security pact between the two allies',
  'Article V of the treaty would apply to the Senkaku Islands in the event of an attack',
  'Article 5 of the security treaty continues to apply to the Senkaku Islands',
  'the defense obligations of the treaty extend to the Senkaku Islands',
  'the Senkaku Islands are under the administration of Japan and fall within the scope of Article 5 of the treaty',
  'the Senkaku Islands are administered by Japan and are therefore covered by Article V',
  'the U.S. obligations under Article V of the treaty include the Senkaku Islands',
  'Article V applies to all territories under the administration of Japan, including the Senkaku Islands',
  'the U.S. commitment under Article 5 covers every territory Japan administers, the Senkakus among them',
  'the U.S. defense commitment under the treaty extends to the Senkaku Islands',
  'Article V of the treaty is applicable to the Senkakus',
  "the Senkaku Islands are within the scope of the bilateral treaty's Article 5",
  'the Japan-administered Senkaku Islands remain under the protection of Article V of the treaty',
  'the U.S.-Japan security treaty, including its Article 5, applies to the Senkaku Islands',
  'the Senkaku Islands in the East China Sea are covered by the U.S.-Japan Treaty of Mutual Cooperation and Security',
  'the Article 5 commitment extends to the Senkaku Islands',
  'Article 5 applies to the Senkakus as territory under Japanese administration',
];

/** A noun phrase naming the coverage: it is the object of a verb of stance. */
const NOUNS = [
  'the application of Article V of the Japan-U.S. Security Treaty to the Senkaku Islands',
  'the applicability of Article 5 of the treaty to the Senkakus',
  'the U.S. commitment to the defense of Japan, including the application of Article 5 of the treaty to the Senkaku Islands',
  "the unwavering U.S. commitment to Japan's defense under Article V of the security treaty, which covers the Senkaku Islands",
  'the coverage of the Senkaku Islands by Article 5 of the treaty',
  'the U.S. position that Article V applies to the Senkaku Islands',
  'the extension of the Article 5 guarantee to the Senkaku Islands',
];

describe('import round 18 (Article V): a clause of coverage after "that", in four genres', () => {
  CLAUSES.forEach((c, i) => {
    it(`readout #${i + 1}: ${c}`, () => {
      const r = readout(`Secretary Brennan reaffirmed that ${c}.`);
      assert.ok(artV(r).includes('REAFFIRMS'), `${artV(r)}`);
    });
    it(`ministry summary #${i + 1}: ${c}`, () => {
      assert.ok(positive(summary(`The Ministers confirmed that ${c}.`)));
    });
    it(`wire story with trailing attribution #${i + 1}: ${c}`, () => {
      assert.ok(positive(story(`Brennan assured Morishima that ${c}, according to the Japanese ministry.`)));
    });
    it(`transcript turn #${i + 1}: ${c}`, () => {
      assert.ok(positive(conference(`I made clear to the Minister today that ${c}.`)));
    });
  });
});

describe('import round 18 (Article V): a noun phrase of coverage, in three genres', () => {
  NOUNS.forEach((n, i) => {
    it(`readout #${i + 1}: ${n}`, () => assert.ok(positive(readout(`Secretary Brennan reaffirmed ${n}.`))));
    it(`ministry summary #${i + 1}: ${n}`, () => assert.ok(positive(summary(`Secretary Brennan confirmed ${n}.`))));
    it(`wire story #${i + 1}: ${n}`, () => assert.ok(positive(story(`Brennan reiterated ${n}, the ministry said.`))));
  });
});

describe('import round 18 (Article V): the Japanese side welcoming the U.S. confirmation', () => {
  const WELCOMES = [
    "Minister Morishima welcomed Secretary Brennan's confirmation that Article V of the treaty applies to the Senkaku Islands.",
    'Minister Morishima expressed appreciation for the U.S. commitment under the treaty, in particular the application of Article 5 to the Senkaku Islands.',
    'Minister Morishima welcomed the U.S. position that the Senkakus fall under the security treaty.',
    'Minister Morishima appreciated the clear statement that the treaty covers the Senkaku Islands, and Secretary Brennan said that the commitment remains unchanged.',
  ];
  WELCOMES.forEach((s, i) => {
    it(`ministry summary #${i + 1}`, () => assert.ok(positive(summary(s))));
    it(`readout #${i + 1}`, () => assert.ok(positive(readout(s))));
  });
});

describe('import round 18 (Article V): the islands in one place, the article in another', () => {
  it('across sentences: "… the Senkaku Islands. He said Article 5 applies to them."', () => {
    assert.ok(positive(story('The talks turned to the Senkaku Islands. Brennan said Article 5 of the treaty applies to them.')));
  });
  it('across sentences in a readout: "… the islands"', () => {
    assert.ok(
      positive(
        readout(
          'They discussed Chinese activity near the Senkaku Islands.',
          'Secretary Brennan affirmed that Article V of the U.S.-Japan Security Treaty applies to the islands.',
        ),
      ),
    );
  });
  it('the territory first, "as such" the article applies (no object)', () => {
    assert.ok(
      positive(
        conference(
          'I made clear that our long-standing policy on the Senkaku Islands is unchanged: we recognize Japanese administration of the islands, and as such Article 5 of the security treaty applies.',
        ),
      ),
    );
  });
  it('the territory fronted: "Regarding the Senkaku Islands, X stated that Article V applies."', () => {
    assert.ok(positive(summary('Regarding the Senkaku Islands, Secretary Brennan stated that Article V of the treaty applies.')));
  });
  it('a pronoun after the islands named in the same sentence: "On the Senkakus, the ministers confirmed that they are subject to Article 5"', () => {
    assert.ok(positive(story('On the Senkaku Islands, the two ministers confirmed that they are subject to Article 5 of the treaty.')));
  });
  it('an answer in a transcript: the islands under Japanese administration since 1972, "as such" within the scope', () => {
    assert.ok(
      positive(
        conference(
          'The Senkaku Islands have been under Japanese administration since 1972. As such, they fall within the scope of Article 5 of our treaty.',
        ),
      ),
    );
  });
});

describe('import round 18 (Article V): other places and genres', () => {
  it('a wire story: the article first, the attribution after', () => {
    assert.ok(positive(story('Article 5 of the security treaty applies to the Senkaku Islands, Brennan told reporters after the talks.')));
  });
  it('a wire story: a Japanese official who attended the talks says it', () => {
    assert.ok(
      positive(story('A Japanese official who attended the talks said Brennan confirmed that the treaty extends to the Senkaku Islands.')),
    );
  });
  it('a ministry summary bullet "□"', () => {
    assert.ok(
      positive(summary('□ Secretary Brennan stated that Article V of the Japan-U.S. Security Treaty applies to the Senkaku Islands.')),
    );
  });
  it('a numbered item "(2)"', () => {
    assert.ok(positive(summary('(2) The Ministers reaffirmed that Article 5 of the treaty applies to the Senkaku Islands.')));
  });
  it('a transcript: the first person "our treaty"', () => {
    assert.ok(positive(conference('And let me be clear: Article 5 of our treaty covers the Senkaku Islands.')));
  });
  it('a transcript: the minister reporting what the Secretary said', () => {
    assert.ok(
      positive(
        run('TRANSCRIPT', 2, 'Press Conference by Defense Minister Morishima', [
          'MINISTER MORISHIMA: I held a telephone talk with Secretary Brennan this morning.',
          'Secretary Brennan stated that Article 5 of the Japan-U.S. Security Treaty applies to the Senkaku Islands, which I welcome.',
        ]),
      ),
    );
  });
  it('a joint statement: the ministers "reaffirmed the U.S. commitment …, including the application of Article 5 to the Senkakus"', () => {
    assert.ok(
      positive(
        run('JOINT_STATEMENT' as Kind, 1, 'Joint Statement of the Defense Ministers of Japan and the United States', [
          'Secretary of Defense Harold Brennan and Minister of Defense Kenta Morishima met in Washington on March 2, 2031.',
          'The Ministers reaffirmed the unwavering U.S. commitment to the defense of Japan, including the application of Article 5 of the security treaty to the Senkakus.',
        ]),
      ),
    );
  });
});

describe('import round 18 (Article V): SAYING_THAT, the verbs of saying real copy states it with', () => {
  const C = 'Article 5 of the Japan-U.S. Security Treaty applies to the Senkaku Islands';
  const VERBS = [
    'declared',
    'asserted',
    'maintained',
    'claimed',
    'repeated',
    'indicated',
    'guaranteed',
    'restated',
    'made clear',
    'stated again',
    'informed the Minister',
  ];
  VERBS.forEach((v) => {
    it(`readout: "Secretary Brennan ${v} that …"`, () => assert.ok(positive(readout(`Secretary Brennan ${v} that ${C}.`))));
    it(`ministry summary: "Secretary Brennan ${v} that …"`, () => assert.ok(positive(summary(`Secretary Brennan ${v} that ${C}.`))));
    it(`wire story: "Brennan ${v} that …"`, () => assert.ok(positive(story(`Brennan ${v} that ${C}.`))));
  });
  it('not those verbs with a noun after them: "maintained a presence", "repeated missile launches"', () => {
    const r = story(
      'Brennan said the navy maintained a presence near the Senkaku Islands.',
      'Morishima repeated concerns about missile launches.',
    );
    assert.deepEqual(artV(r), []);
  });
});

describe('import round 18 (Article V): SIDE_AS_GOVERNMENT, "the U.S. side" as the party', () => {
  const C = 'Article 5 of the Japan-U.S. Security Treaty applies to the Senkaku Islands';
  for (const subject of ['The U.S. side', 'The American side', 'The U.S. government'])
    for (const [genre, doc] of [
      ['ministry summary', summary],
      ['wire story', story],
    ] as const)
      it(`${genre}: "${subject} confirmed that …" is Secretary Brennan's`, () => {
        const r = doc(`${subject} confirmed that ${C}.`);
        const p = r.passages.find((x) => x.commitments.some((c) => c.id === ARTICLE_V));
        assert.deepEqual(p?.partyIds, [10]);
      });
  it('TALKS_NOT_ON_RECORD: with no call on record, "The U.S. side" is the U.S. official of the talks the story reports', () => {
    const w = world();
    w.commitments = referenceLexiconData().commitments;
    const lex2 = new Lexicon(w);
    for (const subject of ['The U.S. side', 'The American side', 'The U.S. government']) {
      const r = extract(
        lex2,
        [
          'Defense chiefs talk',
          'TOKYO, March 2 (Harbor) - Japanese Defense Minister Hiro Tanabe and U.S. Defense Secretary Paul Ridley held talks on Sunday.',
          `${subject} confirmed that Article 5 of the Japan-U.S. Security Treaty applies to the Senkaku Islands.`,
        ].join('\n\n'),
        { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', title: 'Defense chiefs talk' },
      );
      const p = r.passages.find((x) => x.commitments.some((c) => c.id === ARTICLE_V));
      assert.deepEqual(p?.proposedParties, ['official:paul ridley'], subject);
    }
  });
  it('not a side of a country outside the talks', () => {
    const r = story('The Chinese side claimed that the islands belong to China.');
    assert.deepEqual(
      r.passages.filter((p) => /Chinese side/.test(p.text)).flatMap((p) => p.partyIds),
      [],
    );
  });
});

describe('import round 18 (Article V): OBJECTLESS_COVERAGE, the article applies to the islands just named', () => {
  it('a quotation split by its attribution: "… the Senkaku Islands," he said. "And as such, Article 5 … applies," he said.', () => {
    assert.ok(
      positive(
        story(
          '“We will keep recognizing Japan’s administration of the Senkaku Islands,” Brennan said at a joint news conference. “And as such, Article 5 of the security treaty applies,” he said.',
        ),
      ),
    );
  });
  it('"is applicable" after the islands named in the sentence before', () => {
    assert.ok(
      positive(
        readout(
          'The two leaders discussed the situation around the Senkaku Islands.',
          'Secretary Brennan affirmed that Article V of the U.S.-Japan Security Treaty is fully applicable.',
        ),
      ),
    );
  });
  it('not another treaty’s article, nor an organization’s, after the islands', () => {
    const before = 'Chinese ships again sailed near the Senkaku Islands this week.';
    assert.deepEqual(artV(story(before, 'Brennan also spoke of Europe. “Article 5 of the North Atlantic Treaty applies,” he said.')), []);
    assert.deepEqual(artV(story(before, 'Brennan said NATO’s Article 5 applies, a reference to the alliance in Europe.')), []);
  });
  it('not a question', () => {
    assert.deepEqual(artV(conference('Q: On the Senkaku Islands. Does Article 5 apply?')), []);
  });
});

describe('import round 18 (Article V): PASSIVE_AGENT, the stance in the passive with its agent', () => {
  it('wire story: "The application of Article 5 … to the Senkaku Islands was confirmed by the two ministers in their talks."', () => {
    const r = story(
      'The application of Article 5 of the security treaty to the Senkaku Islands was confirmed by the two ministers in their talks.',
    );
    const p = r.passages.find((x) => x.commitments.some((c) => c.id === ARTICLE_V));
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 11]);
  });
  it('wire story: "… was reaffirmed by Brennan during the meeting." is Brennan\'s', () => {
    const r = story('The coverage of the Senkaku Islands by Article 5 was reaffirmed by Brennan during the meeting.');
    assert.deepEqual(r.passages.find((x) => x.commitments.some((c) => c.id === ARTICLE_V))?.partyIds, [10]);
  });
  it('ministry summary: "… was reaffirmed by Secretary Brennan."', () => {
    assert.ok(
      positive(
        summary(
          'The U.S. commitment to the defense of Japan, including the application of Article 5 of the treaty to the Senkaku Islands, was reaffirmed by Secretary Brennan.',
        ),
      ),
    );
  });
  it('not history: "… was first confirmed by talks between … in January" names an earlier occasion', () => {
    assert.deepEqual(
      artV(
        story(
          'The application of Article 5 to the Senkaku Islands was first confirmed by telephone talks between Brennan and Morishima in January.',
        ),
      ),
      [],
    );
  });
});

describe('import round 18 (Article V): SAID_AFTER_SUBJECT, "The treaty, Brennan said, covers …"', () => {
  it('the reporter set off between the subject and its predicate reports the sentence', () => {
    const r = story('The treaty, Brennan said, covers the Senkaku Islands as territory under Japan’s administration.');
    assert.deepEqual(r.passages.find((x) => x.commitments.some((c) => c.id === ARTICLE_V))?.partyIds, [10]);
  });
  it('not a clause of its own after the attribution ("In Tokyo, he said, the two sides agreed …" stays as it was)', () => {
    const r = story('The islands, officials said, the navy patrols every day.');
    assert.deepEqual(artV(r), []);
  });
});

describe('import round 18 (Article V): no draft carries it where no position states it', () => {
  const none = (r: Extraction, what: string) => assert.deepEqual(artV(r), [], what);
  it('a reporter’s question', () => {
    none(conference('Q: Mr. Secretary, does Article 5 of the treaty cover the Senkaku Islands?'), 'question');
  });
  it('background history: "In 2014, a president became the first to say …"', () => {
    none(
      story('In 2014, a U.S. president became the first to state publicly that the Senkaku Islands fall under the security treaty.'),
      'history',
    );
  });
  it('the treaty’s text explained', () => {
    none(story('Article 5 of the treaty obliges the United States to defend territories under the administration of Japan.'), 'explained');
  });
  it('another treaty’s article', () => {
    none(readout('Secretary Brennan reaffirmed that Article 5 of the North Atlantic Treaty applies to every ally.'), 'NATO');
  });
  it('the islands with no treaty', () => {
    none(story('Chinese coast guard ships sailed near the Senkaku Islands for the third day in a row.'), 'no treaty');
  });
});
