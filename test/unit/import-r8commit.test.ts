/**
 * Round 8 of stage 6 (commitments on record and their stances), from the seventh blind set: continuing what is in place
 * is a reaffirmation whatever verb says it, a negated movement too; each country of a coordination ("to A and to B") is
 * an object; a defense of a territory alone is the treaty's coverage of it, not the defense of the country; an ally's
 * own deployment is no bilateral presence. Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clauseStance, stanceOf } from '../../src/imports/pipeline/commitment-match';
import { commitmentsIn, defendsTerritoryOnly, sentenceAround, sentenceParts } from '../../src/imports/pipeline/commitments';
import { extendedDeterrenceWorld } from './reference-lexicon';

const { lex, found, ids } = extendedDeterrenceWorld();
const { ARTICLE_V, DEFENSE_JP, DEFENSE_KR, TRILATERAL, C2, SOUTHWEST } = ids;

describe('import round 8: continuing what is in place reaffirms it', () => {
  it('reads keeping up the pace, keeping a thing running or on schedule, and going on as continuation', () => {
    assert.equal(stanceOf('The ministers resolved to keep up the tempo of the headquarters overhaul.'), 'REAFFIRMS');
    assert.equal(stanceOf('Both sides will maintain the momentum of their joint patrol schedule.'), 'REAFFIRMS');
    assert.equal(stanceOf('They pledged to keep the radar link between the fleets running.'), 'REAFFIRMS');
    assert.equal(stanceOf('The envoys agreed to keep the naval drill calendar on schedule.'), 'REAFFIRMS');
    assert.equal(stanceOf('Whoever wins the vote, the restructuring of the command will go on.'), 'REAFFIRMS');
    assert.equal(stanceOf('The allies said the data exchange would carry on without interruption.'), 'REAFFIRMS');
    assert.equal(stanceOf('The guarantee to the ally is solid, and it will stay that way.'), 'REAFFIRMS');
    assert.equal(stanceOf('Washington stays committed to the defense of its ally.'), 'REAFFIRMS');
  });

  it('does not read advancing, a report going on to say, or "going on" as continuation', () => {
    assert.equal(stanceOf('The two agreed to press ahead with a new command for their forces.'), 'AFFIRMS');
    assert.equal(stanceOf('He went on to say that the pledge to defend the islands applies.'), 'AFFIRMS');
    assert.equal(stanceOf('Given what is going on at sea, the guarantee to the ally holds.'), 'AFFIRMS');
  });

  it('reads a commitment that has not moved, or will not budge, as reaffirmed; not moving forward is no such thing', () => {
    assert.equal(stanceOf('The pledge to the ally has not shifted a millimetre and will not budge.'), 'REAFFIRMS');
    assert.equal(stanceOf('Our guarantee has not moved at all since the spring.'), 'REAFFIRMS');
    assert.equal(stanceOf('The council did not move forward with the pledge to expand exercises.'), 'AFFIRMS');
  });

  it('takes the stance of a later clause that names the same commitment again in other words', () => {
    const text = 'The chiefs decided to deepen ties with Japan, and to continue the exchange of sonar tracks between the three nations.';
    assert.deepEqual(found(text, ['US', 'KR']), [[TRILATERAL, 'REAFFIRMS']]);
    // A later clause about something else lends no stance.
    assert.equal(clauseStance('The chiefs decided to deepen ties with Japan, and to continue their talks on tariffs.', 20), 'AFFIRMS');
  });

  it('reads the command being upgraded with its pace kept up as the command commitment reaffirmed', () => {
    assert.deepEqual(
      found('Both ministers vowed to keep up the pace of reshaping the command arrangements of the alliance.', ['US', 'JP']),
      [[C2, 'REAFFIRMS']],
    );
  });
});

describe('import round 8: a coordination of countries names each of them', () => {
  it('reads "obligations to A and to B" as the defense of both', () => {
    assert.deepEqual(
      found('The senator was told that our security obligations to Japan and to South Korea are not conditional.', ['US']).map(
        ([id]) => id,
      ),
      [DEFENSE_JP, DEFENSE_KR].sort((a, b) => a - b),
    );
    assert.deepEqual(
      found('She restated the commitment to the defense of South Korea and of Japan.', ['US']).map(([id]) => id),
      [DEFENSE_JP, DEFENSE_KR].sort((a, b) => a - b),
    );
  });
});

describe('import round 8: the defense of a territory alone is the treaty article that covers it', () => {
  it('tells a territory defended from a country defended', () => {
    assert.equal(defendsTerritoryOnly('the commitment to defend the Senkaku Islands under the treaty with Japan'), true);
    assert.equal(defendsTerritoryOnly("the obligation to defend territory under Japan's administration"), true);
    assert.equal(defendsTerritoryOnly('the commitment to defend Japan, the islands included'), false);
    assert.equal(defendsTerritoryOnly('the commitment to defend the islands and to defend Japan'), false);
  });

  it('gives the treaty article only, not also the defense of the country the treaty name holds', () => {
    assert.deepEqual(
      found('The deputy said the American commitment to defend the Senkaku Islands under Article V of the U.S.-Japan treaty stands.', [
        'US',
        'JP',
      ]).map(([id]) => id),
      [ARTICLE_V],
    );
  });
});

describe("import round 8: an ally's own deployment is not the bilateral presence", () => {
  it("does not read the ally's own plan to field its missiles in the southwest as the bilateral presence", () => {
    assert.deepEqual(
      found("The vice minister outlined Japan's schedule for stationing its own radar units in the southwestern islands.", ['US', 'JP']),
      [],
    );
  });

  it('still reads the two expanding drills there, beside the ally’s own plan, as the presence', () => {
    assert.deepEqual(
      found(
        "The minister set out Japan's plan to deploy a missile battery in the southwest islands, and both sides agreed to widen joint drills there.",
        ['US', 'JP'],
      ).map(([id]) => id),
      [SOUTHWEST],
    );
  });
});

describe('import round 8: a passage cut from a sentence a quoted fragment completes', () => {
  const doc =
    'The talks ran late. Back in Tokyo, the minister said his guest had assured him that Article 5 of the treaty with Japan, the heart of the alliance, "plainly covers the Senkaku Islands." Nothing else was said.';
  const inDoc = (passage: string) => {
    const start = doc.indexOf(passage);
    const sentence = sentenceParts(doc, start, start + passage.length);
    return commitmentsIn(lex, passage, { countries: ['US', 'JP'], proposals: [], document: doc, sentence }).matched.map((m) => [
      m.commitment.id,
      m.stance,
    ]);
  };

  it('finds the sentence around a passage, not stopping at an initial or an abbreviation', () => {
    const text = 'He spoke first. Dr. Vance said the U.S. Navy "will stay on station" for now. Then he left.';
    const start = text.indexOf('will stay');
    assert.equal(sentenceAround(text, start, start + 17), 'Dr. Vance said the U.S. Navy "will stay on station" for now.');
  });

  it('reads the commitment over the whole sentence, for the frame and for the fragment', () => {
    const frame = 'the minister said his guest had assured him that Article 5 of the treaty with Japan, the heart of the alliance,';
    assert.deepEqual(inDoc(frame), [[ARTICLE_V, 'AFFIRMS']]);
    assert.deepEqual(inDoc('plainly covers the Senkaku Islands.'), [[ARTICLE_V, 'AFFIRMS']]);
  });

  it('takes the stance of the rest of the sentence when it goes on about the same commitment', () => {
    const text =
      'The envoy said afterwards that Article 5 of the treaty with Japan "reaches the Senkaku Islands" and that this "is not going to shift."';
    const passage = 'The envoy said afterwards that Article 5 of the treaty with Japan "reaches the Senkaku Islands"';
    const sentence = sentenceParts(text, 0, passage.length);
    const found = commitmentsIn(lex, passage, { countries: ['US', 'JP'], proposals: [], sentence }).matched;
    assert.deepEqual(
      found.map((m) => [m.commitment.id, m.stance]),
      [[ARTICLE_V, 'REAFFIRMS']],
    );
  });

  it('keeps apart a quoted fragment and a reported clause that each name a commitment of their own', () => {
    const text =
      "He welcomed the word that Article 5 covers the Senkaku Islands, calling it 'a fresh pledge of America to the defense of Japan.' He left.";
    const quote = 'a fresh pledge of America to the defense of Japan.';
    const frame = 'He welcomed the word that Article 5 covers the Senkaku Islands, calling it';
    const ids = (passage: string) => {
      const start = text.indexOf(passage);
      const sentence = sentenceParts(text, start, start + passage.length);
      return commitmentsIn(lex, passage, { countries: ['US', 'JP'], proposals: [], sentence }).matched.map((m) => m.commitment.id);
    };
    assert.deepEqual(ids(quote), [DEFENSE_JP]);
    assert.deepEqual(ids(frame), [ARTICLE_V]);
  });

  it('does not read a quotation that is a sentence of its own (a capital after the mark) over its neighbours', () => {
    const quoteDoc = 'The envoy said Article 5 covers the Senkaku Islands. "We talked about trade too," he said.';
    const passage = 'We talked about trade too,';
    const start = quoteDoc.indexOf(passage);
    const sentence = sentenceParts(quoteDoc, start, start + passage.length);
    assert.equal(sentence.text, '"We talked about trade too," he said.');
    assert.deepEqual(commitmentsIn(lex, passage, { countries: ['US', 'JP'], proposals: [], sentence }).matched, []);
  });
});

describe('import round 8: words that refer back to the sentence before', () => {
  const withBefore = (before: string, text: string) =>
    commitmentsIn(lex, text, { countries: ['US', 'JP'], proposals: [], before, document: `${before} ${text}` }).matched.map((m) => [
      m.commitment.id,
      m.stance,
    ]);

  it('reads "those islands" as the islands a question before placed', () => {
    assert.deepEqual(
      withBefore(
        'Q: Were the islands off the southwest coast on the agenda?',
        'It was, and we plan for more U.S. Marines to exercise on those islands beside Japanese troops.',
      ),
      [[SOUTHWEST, 'AFFIRMS']],
    );
    // No place of that noun before: nothing to read.
    assert.deepEqual(withBefore('Q: How was the weather?', 'We plan for more U.S. Marines to exercise on those islands.'), []);
  });

  it('gives a yes to a request the commitments of the request', () => {
    const request = 'The vice minister asked that U.S. units train in the southwest islands every year.';
    assert.deepEqual(withBefore(request, 'The under secretary replied that Washington would gladly take part.'), [[SOUTHWEST, 'AFFIRMS']]);
    // A sentence before that asks nothing is no request to say yes to.
    const statement = 'U.S. units already train in the southwest islands every year.';
    assert.deepEqual(withBefore(statement, 'The under secretary replied that Washington would gladly take part.'), []);
  });
});

describe("import round 8: the guarantor's own deterrence over the ally", () => {
  const { ED_KR } = ids;
  const said = (text: string, partyCountries: string[]) =>
    commitmentsIn(lex, text, { countries: ['US', 'KR'], partyCountries, proposals: [] }).matched.map((m) => [m.commitment.id, m.stance]);

  it('reads "our deterrence on this peninsula" in the mouth of the United States as extended deterrence', () => {
    assert.deepEqual(said('Let me be plain: our deterrence over this peninsula will not weaken.', ['US']), [[ED_KR, 'REAFFIRMS']]);
  });

  it('does not read the ally\'s own "our deterrence", nor our deterrence in general, as extended deterrence', () => {
    assert.deepEqual(said('Let me be plain: our deterrence over this peninsula will not weaken.', ['KR']), []);
    assert.deepEqual(said('Our deterrence has to keep up with new missiles.', ['US']), []);
  });
});
