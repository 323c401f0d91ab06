/**
 * Round 7 of stage 6 (commitments and their stances), from the sixth blind set: a trilateral commitment named by what
 * two of its members do with the third, the guarantor's promised answer to a nuclear strike, and a commitment said to
 * be as firm as it has ever been (not the alliance). Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stanceOf } from '../../src/imports/pipeline/commitment-match';
import { proposeNonTreaty } from '../../src/imports/pipeline/commitments';
import { extendedDeterrenceWorld } from './reference-lexicon';

const { lex, found, ids } = extendedDeterrenceWorld();
const { DEFENSE_JP, TRILATERAL, SOUTHWEST, ED_KR, ED_JP } = ids;

describe('import round 7: a trilateral commitment named by what two members do with the third', () => {
  it('reads sharing, drills or work done with the third member as the trilateral cooperation', () => {
    // ("go on exchanging" is "continue exchanging": REAFFIRMS since round 8.)
    assert.deepEqual(found('The ministers will go on exchanging radar tracks with Japan every week.', ['US', 'KR']), [
      [TRILATERAL, 'REAFFIRMS'],
    ]);
    assert.deepEqual(found('Both sides pledged to keep working with South Korea on the sharing of sonar data.', ['US', 'JP']), [
      [TRILATERAL, 'REAFFIRMS'],
    ]);
  });

  it('does not read the talks partner itself, or a fourth country, as the third member', () => {
    assert.deepEqual(found('The secretary will hold drills with Japan in the autumn.', ['US', 'JP']), []);
    assert.deepEqual(found('They will expand naval drills with Australia near the strait.', ['US', 'KR']), []);
  });
});

describe('import round 7: the promised answer to a nuclear strike', () => {
  it('reads the guarantor answering a nuclear strike with a response as extended deterrence', () => {
    assert.deepEqual(found('The envoy said Washington would answer any enemy nuclear strike with a crushing response.', ['US', 'KR']), [
      [ED_KR, 'AFFIRMS'],
    ]);
    assert.deepEqual(found('He vowed the allies would meet a nuclear attack with force.', ['US', 'JP']), [[ED_JP, 'AFFIRMS']]);
  });

  it("does not read the alliance's combined capabilities made to work as one as the guarantor's promise", () => {
    assert.deepEqual(
      found("Seoul will add interceptors so that the allies' nuclear and conventional forces act in concert.", ['US', 'KR']),
      [],
    );
    assert.deepEqual(
      found('The envoy pledged American conventional and nuclear forces to the defense of the peninsula.', ['US', 'KR']).map(([id]) => id),
      [ED_KR],
    );
  });

  it('does not read a nuclear test condemned, with no promised answer, as extended deterrence', () => {
    assert.deepEqual(found('The ministers condemned the nuclear test and said they would answer questions later.', ['US', 'KR']), []);
  });
});

describe('import round 7: permanence of a commitment', () => {
  it('reads a commitment "as firm as it has ever been" as a reaffirmation, not the alliance "as strong as it has ever been"', () => {
    assert.equal(stanceOf('She said the security guarantee is as solid as it has ever been.'), 'REAFFIRMS');
    assert.equal(stanceOf('Our partnership is as strong as it has ever been, and we defend the islands.'), 'AFFIRMS');
  });
});

describe('import round 7: named instruments in force the dataset lacks, proposed', () => {
  const proposed = (text: string, countries: string[], document = text) =>
    proposeNonTreaty(lex, text, { countries, proposals: [], document }).map((p) => p.title);

  it('proposes the treaty a commitment "of the United States to" a mutual defense treaty names', () => {
    assert.deepEqual(
      proposed('The envoy restated the firm commitment of the United States to the 1958 Mutual Defense Treaty with Chile.', ['US', 'CL']),
      ['U.S.-Chile Mutual Defense Treaty'],
    );
  });

  it('proposes two named declarations held together as one instrument', () => {
    const [title] = proposed('Both ministers renewed their commitment to the Lisbon and Porto Declarations on naval ties with Portugal.', [
      'US',
      'PT',
    ]);
    assert.match(title ?? '', /Lisbon and Porto Declarations$/);
  });

  it("proposes an organization's target with its figure, and a commitment to an alliance organization as its collective defense", () => {
    assert.deepEqual(proposed('Spain will reach the agreed NATO goal of 2 percent of GDP next year.', ['US', 'ES']), [
      'NATO goal of 2 percent of GDP',
    ]);
    assert.deepEqual(proposed("Washington's commitment to NATO stays solid, the minister said.", ['US', 'ES']), [
      'NATO collective defense commitment',
    ]);
    // An organization that is no alliance has no collective defense.
    assert.deepEqual(proposed('The American commitment to ASEAN is not in doubt.', ['US', 'ID']), []);
  });

  it('reads "not in doubt" as a commitment stated, not reaffirmed', () => {
    assert.equal(stanceOf('The pledge to defend the islands is not in doubt.'), 'AFFIRMS');
    assert.equal(stanceOf('The pledge to defend the islands has not changed.'), 'REAFFIRMS');
  });
});

describe('import round 7: the southwest islands by the places of the island chain', () => {
  it('reads more allied forces or sites on an island of the chain as the expanded presence there', () => {
    assert.deepEqual(found('Tokyo will open two more training sites on Miyako and Amami to American aircrews.', ['US', 'JP']), [
      [SOUTHWEST, 'AFFIRMS'],
    ]);
    assert.deepEqual(found('The allies will host more Marine rotations on the southwestern islands.', ['US', 'JP']), [
      [SOUTHWEST, 'AFFIRMS'],
    ]);
  });

  it("does not read forces already there, or the ally's own garrison alone, as an expanded bilateral presence", () => {
    assert.deepEqual(found('The governor asked that the burden of the bases in Okinawa be reduced.', ['US', 'JP']), []);
    assert.deepEqual(found('Japan will station additional missile units on Ishigaki next year.', ['US', 'JP']), []);
  });
});

describe("import round 7: the alliance's treaty said to be kept", () => {
  it('reads the treaty honored or upheld as the defense commitment of the ally of the context, kept since long ago as a reaffirmation', () => {
    assert.deepEqual(found('Our security treaty has always been honored, whoever sat in the White House.', ['US', 'JP']), [
      [DEFENSE_JP, 'AFFIRMS'],
    ]);
    assert.deepEqual(found('Each government since the war has upheld the treaty.', ['US', 'JP']), [[DEFENSE_JP, 'REAFFIRMS']]);
  });

  it('does not read a treaty merely named or signed as kept', () => {
    assert.deepEqual(found('The treaty was signed in a hotel ballroom.', ['US', 'JP']), []);
  });
});

describe('import round 7: an activity under a named partnership that is itself what is committed to', () => {
  const proposed = (text: string, countries: string[]) =>
    proposeNonTreaty(lex, text, { countries, proposals: [], document: text }).map((p) => p.title);

  it('proposes the partnership when the commitment is to working under it, not when an activity merely happens under it', () => {
    assert.deepEqual(
      proposed('The ministers restated their commitment to deepening naval ties under the Strategic Partnership.', ['US', 'CL']),
      ['U.S.-Chile Strategic Partnership'],
    );
    assert.deepEqual(proposed('Two frigates sailed together under the Strategic Partnership last month.', ['US', 'CL']), []);
  });

  it("names the partnership without a country's possessive before it", () => {
    assert.deepEqual(proposed('The ministers reaffirmed the United States and Chile’s Harbour Partnership.', ['US', 'CL']), [
      'U.S.-Chile Harbour Partnership',
    ]);
  });
});
