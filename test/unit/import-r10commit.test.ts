/**
 * Round 10 of stage 6 (commitments and their stances), from real documents: quotation marks inside the words that
 * name a commitment, a commitment that is only the topic of talks, trilateral cooperation said by its three members,
 * and what a clause does with a commitment it names. Invented sentences, not the wording of any document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clauseStance, commitmentsIn } from '../../src/imports/pipeline/commitments';
import { extendedDeterrenceWorld } from './reference-lexicon';

const { lex, found } = extendedDeterrenceWorld();
/** The recorded commitments, with stances, of words whose parties stand for `partyCountries`, in talks of `countries`. */
const saidBy = (text: string, partyCountries: string[], countries: string[]) =>
  commitmentsIn(lex, text, { countries, partyCountries, proposals: [], document: text }).matched.map((m) => [m.commitment.id, m.stance]);
const proposed = (text: string, countries: string[], document = text) =>
  commitmentsIn(lex, text, { countries, proposals: [], document }).proposed.map((p) => [p.title, p.span]);

describe('import round 10: quotation marks inside the words that name a commitment', () => {
  it('reads a treaty commitment whose key words a report quotes, and keeps the words as written', () => {
    assert.deepEqual(
      proposed('The envoy restated the “unbreakable U.S. commitment” to the 1954 Mutual Defense Treaty, the embassy said.', ['US', 'TH']),
      [['U.S.-Thailand Mutual Defense Treaty', 'commitment” to the 1954 Mutual Defense Treaty']],
    );
    assert.deepEqual(
      proposed('Washington’s "firm commitment" to the Mutual Defense Treaty with Thailand was restated on Monday.', ['US', 'TH']).map(
        ([title]) => title,
      ),
      ['U.S.-Thailand Mutual Defense Treaty'],
    );
  });
});

describe('import round 10: a commitment that is only the topic of talks', () => {
  it('reads a commitment that talks named by a noun are about as no stance, whatever verb governs the talks', () => {
    assert.deepEqual(
      found('The two chiefs pledged to keep up frank dialogue on extended deterrence and trilateral cooperation.', ['US', 'KR']),
      [],
    );
    assert.deepEqual(found('They agreed to hold regular consultations about the nuclear umbrella over the peninsula.', ['US', 'KR']), []);
  });

  it('still reads a commitment the talks are held in, not about, or that a clause of the verb states', () => {
    const { ARTICLE_V, ED_KR } = extendedDeterrenceWorld().ids;
    assert.deepEqual(found('The ministers confirmed in talks on Sunday that Article 5 covers the Senkaku Islands.', ['US', 'JP']), [
      [ARTICLE_V, 'REAFFIRMS'],
    ]);
    assert.deepEqual(found('During the consultations, the envoy pledged to strengthen extended deterrence.', ['US', 'KR']), [
      [ED_KR, 'AFFIRMS'],
    ]);
  });

  it('reads a commitment deep in the object of "discussed", with no position word, as only a topic', () => {
    assert.deepEqual(
      found('The envoys discussed the state of the joint U.S.-ROK air defense network and plans to review extended deterrence.', [
        'US',
        'KR',
      ]),
      [],
    );
  });
});

describe('import round 10: trilateral cooperation said by its three members', () => {
  const { TRILATERAL } = extendedDeterrenceWorld().ids;
  it('reads the three, listed or counted, working together as the trilateral cooperation', () => {
    assert.deepEqual(
      found('Japan, the U.S., and South Korea resolved on Monday to coordinate closely on missile warnings.', ['US', 'JP', 'KR']),
      [[TRILATERAL, 'AFFIRMS']],
    );
    assert.deepEqual(found('The three defense ministers said they would collaborate against the launches.', ['US', 'JP', 'KR']), [
      [TRILATERAL, 'AFFIRMS'],
    ]);
    assert.deepEqual(found('Both sides will cooperate bilaterally and trilaterally with South Korea on the launches.', ['US', 'JP']), [
      [TRILATERAL, 'AFFIRMS'],
    ]);
    assert.deepEqual(found('The chiefs agreed that Tokyo-Washington-Seoul security ties need to deepen.', ['US', 'KR']), [
      [TRILATERAL, 'AFFIRMS'],
    ]);
  });

  it('does not read three other countries, or the talks of another trio, as the trilateral cooperation', () => {
    assert.deepEqual(found('Japan, the U.S., and Australia resolved to coordinate closely on maritime patrols.', ['US', 'JP', 'AU']), []);
    assert.deepEqual(found('The three ministers said they would collaborate on maritime patrols.', ['US', 'JP', 'AU']), []);
  });

  it('takes no stance from a coordinated "continue" with an object of its own', () => {
    assert.deepEqual(
      found('The three ministers agreed that the three nations will cooperate against the threats and continue efforts toward talks.', [
        'US',
        'JP',
        'KR',
      ]),
      [[TRILATERAL, 'AFFIRMS']],
    );
  });
});

describe('import round 10: what a clause does with the commitment it names', () => {
  const { C2 } = extendedDeterrenceWorld().ids;
  it('reads "as part of efforts to improve <it>" as a position on it, not the purpose of another thing', () => {
    assert.deepEqual(
      found('The ministers will speed up planning, as part of efforts to improve command and control between their forces.', ['US', 'JP']),
      [[C2, 'AFFIRMS']],
    );
  });

  it('takes no stance word from a clause dating the passage by an earlier event', () => {
    const at = (text: string, words: string) => clauseStance(text, text.indexOf(words));
    assert.equal(
      at('They agreed to hasten the work after both governments in May reaffirmed the plan, to improve command and control.', 'command'),
      'AFFIRMS',
    );
    // "once again" is no such clause; nor is the clause the commitment is named in.
    assert.equal(at('The envoy once again stated the pledge to defend Japan.', 'pledge'), 'REAFFIRMS');
    assert.equal(at('Since they reaffirmed the pledge to defend Japan, talks went on.', 'pledge'), 'REAFFIRMS');
  });
});

describe('import round 10: extended deterrence in the words real pages use', () => {
  const { ED_KR, ED_JP } = extendedDeterrenceWorld().ids;
  it('reads the end of the attacker promised in any words as extended deterrence', () => {
    for (const end of ['would spell the end of', 'would bring about the end of', 'would lead to the end of', 'would mean the end of'])
      assert.deepEqual(found(`The chiefs warned that a nuclear strike on the allies ${end} the regime in the North.`, ['US', 'KR']), [
        [ED_KR, 'AFFIRMS'],
      ]);
    assert.deepEqual(
      found('Any nuclear use against the ally will receive a swift and overwhelming response, the envoy said.', ['US', 'KR']),
      [[ED_KR, 'AFFIRMS']],
    );
  });

  it('reads the misspelled "detterence" as the word it is', () => {
    assert.deepEqual(found('They reaffirmed the weight of the extended detterence of the United States.', ['US', 'JP']), [
      [ED_JP, 'REAFFIRMS'],
    ]);
  });
});

describe('import round 10: an agreement that is only the means of an activity', () => {
  it('proposes no agreement that an activity goes through, and still one held to', () => {
    assert.deepEqual(
      proposed('The ministers resolved to widen drills among the partners through the Lisbon Port Access Agreement.', ['US', 'PT']),
      [],
    );
    assert.deepEqual(
      proposed('The ministers reaffirmed the Lisbon Port Access Agreement between their countries.', ['US', 'PT']).map(([title]) => title),
      ['U.S.-Portugal Lisbon Port Access Agreement'],
    );
  });
});

describe("import round 10: the guarantor's promise to defend an ally, in the first person", () => {
  const { DEFENSE_JP, DEFENSE_KR } = extendedDeterrenceWorld().ids;
  const said = (text: string, partyCountries: string[]) => saidBy(text, partyCountries, ['US', 'JP', 'KR']);
  it('reads "we / us … defend <ally>" in the words of the guarantor alone as its commitment to the defense of the ally', () => {
    assert.deepEqual(said('The new radars will let us defend Japan better against missiles.', ['US']), [[DEFENSE_JP, 'AFFIRMS']]);
    assert.deepEqual(said('We stand ready to defend South Korea at any hour.', ['US']), [[DEFENSE_KR, 'AFFIRMS']]);
  });

  it("does not read the ally's own first person, or both sides', as the guarantor's promise", () => {
    assert.deepEqual(said('We stand ready to defend Japan at any hour.', ['JP']), []);
    assert.deepEqual(said('We will defend Japan together with our ally.', ['US', 'JP']), []);
  });
});

describe('import round 10: a treaty named by its kind, held to in the ways real documents hold to it', () => {
  const titles = (text: string, document = text) => proposed(text, ['US', 'TH'], document).map(([title]) => title);
  const TREATY = 'U.S.-Thailand Mutual Defense Treaty';
  it('reads commitments of both parties to it, a party committed to it, its commitments, and it reaffirmed', () => {
    assert.deepEqual(titles('Both envoys restated the commitment of Washington and Bangkok to the Mutual Defense Treaty of 1954.'), [
      TREATY,
    ]);
    assert.deepEqual(titles('The ministers renewed their pledge and commitment to both nations’ Mutual Defense Treaty.'), [TREATY]);
    assert.deepEqual(titles('We remain committed to the Mutual Defense Treaty, the envoy said.'), [TREATY]);
    assert.deepEqual(titles('Today the minister and I reaffirmed our Mutual Defense Treaty obligations.'), [TREATY]);
  });

  it('reads the acronym the document gives the treaty, and "the defense treaty" where the document names one', () => {
    const document =
      'The allies signed the Mutual Defense Treaty (MDT) long ago. The two said the MDT extends to coast guard ships. He also reaffirmed the defense treaty’s value.';
    assert.deepEqual(titles('The two said the MDT extends to coast guard ships.', document), [TREATY]);
    assert.deepEqual(titles('He also reaffirmed the defense treaty’s value.', document), [TREATY]);
    // Without a treaty of that kind named in the document, "the treaty" is no name.
    assert.deepEqual(titles('He also reaffirmed the defense treaty’s value.'), []);
  });
});

describe("import round 10: the guarantor's strategic assets deployed to the ally", () => {
  const { ED_KR } = extendedDeterrenceWorld().ids;
  const said = (text: string, partyCountries: string[]) => saidBy(text, partyCountries, ['US', 'KR']);
  it("reads more deployments of the guarantor's strategic assets, in its words, as extended deterrence", () => {
    assert.deepEqual(
      said('The secretary promised the ROK more frequent visits and deployments of American strategic assets such as bombers.', ['US']),
      [[ED_KR, 'AFFIRMS']],
    );
  });

  it('does not read the ally asking for them as the commitment', () => {
    assert.deepEqual(said('The minister asked for more regular deployments of U.S. strategic bombers over the ROK.', ['KR']), []);
  });
});

describe("import round 10: a guarantee the beneficiary's side only asks for", () => {
  const { ED_KR, TRILATERAL } = extendedDeterrenceWorld().ids;
  const said = (text: string, partyCountries: string[]) => saidBy(text, partyCountries, ['US', 'KR']);
  it("reads the ally calling for the guarantor's extended deterrence as a request, not a stance", () => {
    assert.deepEqual(said('The president called for a U.S. pledge of a sturdier extended deterrence against the threats.', ['KR']), []);
    assert.deepEqual(said('We ask for talks with Washington to build a more credible extended deterrence system.', ['KR']), []);
  });

  it('still reads the guarantor asking its own people for it, and cooperation both ask for', () => {
    assert.deepEqual(said('The secretary called for a stronger extended deterrence for the ally.', ['US']), [[ED_KR, 'AFFIRMS']]);
    assert.deepEqual(said('The president and the secretary shared the need for deeper trilateral cooperation.', ['KR', 'US']), [
      [TRILATERAL, 'AFFIRMS'],
    ]);
  });
});

describe('import round 10: talks that weigh a commitment', () => {
  const { TRILATERAL, SOUTHWEST } = extendedDeterrenceWorld().ids;
  it('reads "discussed / talked about the importance or significance of <it>" as a position on it', () => {
    assert.deepEqual(found('The two talked about the significance of trilateral cooperation with Japan.', ['US', 'KR']), [
      [TRILATERAL, 'AFFIRMS'],
    ]);
    assert.deepEqual(
      found('The leaders discussed regional tensions and the importance of more bilateral drills across the southwestern islands.', [
        'US',
        'JP',
      ]),
      [[SOUTHWEST, 'AFFIRMS']],
    );
    assert.deepEqual(
      found('The leaders discussed regional tensions and more bilateral drills across the southwestern islands.', ['US', 'JP']),
      [],
    );
  });
});

describe('import round 10 (from real-3): more ways real documents name a commitment', () => {
  const { ARTICLE_V, C2, TRILATERAL, ED_KR, DEFENSE_KR } = extendedDeterrenceWorld().ids;
  it("reads the guarantor's settled position on the islands as the treaty's coverage of them", () => {
    assert.deepEqual(found('The envoy restated the longstanding American policy regarding the Senkaku Islands.', ['US', 'JP']), [
      [ARTICLE_V, 'REAFFIRMS'],
    ]);
    assert.deepEqual(found('Washington takes no position on the sovereignty of the Senkaku Islands.', ['US', 'JP']), []);
  });

  it('reads "command control", the plural "extended deterrents", and the ROK by its full name in a list of the three', () => {
    assert.deepEqual(found('The chiefs agreed to improve command control ties between their forces.', ['US', 'JP']), [[C2, 'AFFIRMS']]);
    assert.deepEqual(found('They agreed on studies to improve the extended deterrents for the ally.', ['US', 'KR']), [[ED_KR, 'AFFIRMS']]);
    assert.deepEqual(
      found('They confirmed close coordination between the two and between Japan, Republic of Korea, and the U.S. on the launches.', [
        'US',
        'JP',
      ]),
      [[TRILATERAL, 'REAFFIRMS']],
    );
    assert.deepEqual(found('He said Tokyo will keep close cooperation with the United States and South Korea on the tests.', ['JP']), [
      [TRILATERAL, 'AFFIRMS'],
    ]);
  });

  it('does not read the three working together for a diplomatic end, or what cannot be done with the third, as the cooperation', () => {
    assert.deepEqual(
      found('Japan, the U.S. and South Korea will work together to pass a tougher Security Council resolution.', ['US', 'JP']),
      [],
    );
    assert.deepEqual(found('The president said it is hard to share radar data with Japan for now.', ['US', 'KR']), []);
  });

  it("reads the treaty as the basis of the ally's security as the commitment to its defense, not an alliance founded on it", () => {
    assert.deepEqual(
      found("For decades our two countries' mutual defense treaty has provided a firm foundation for peace.", ['US', 'KR']),
      [[DEFENSE_KR, 'AFFIRMS']],
    );
    assert.deepEqual(
      found('They said the alliance, founded on the mutual defense treaty, remains the cornerstone of peace.', ['US', 'KR']),
      [],
    );
  });

  it('takes the stance of a purpose whose own verb states the commitment', () => {
    const stance = (text: string, words: string) => clauseStance(text, text.indexOf(words));
    assert.equal(stance('They reaffirmed new steps to underscore the U.S. commitment to defend the ROK.', 'commitment'), 'AFFIRMS');
    assert.equal(stance('The secretary flew in to reaffirm the U.S. commitment to defend the ROK.', 'commitment'), 'REAFFIRMS');
  });
});

describe('import round 10 (from real-3): a treaty held to in a relative clause or named by a demonstrative', () => {
  const titles = (text: string, document = text) => proposed(text, ['US', 'TH'], document).map(([title]) => title);
  it('reads "the commitment we have to" the treaty, and "this pact" where the document names one', () => {
    assert.deepEqual(titles('We want to express the firm commitment we have to the Mutual Defense Treaty.'), [
      'U.S.-Thailand Mutual Defense Treaty',
    ]);
    const document = 'The Mutual Defense Treaty binds us. And this pact extends to our coast guard anywhere at sea.';
    assert.deepEqual(titles('And this pact extends to our coast guard anywhere at sea.', document), [
      'U.S.-Thailand Mutual Defense Treaty',
    ]);
  });

  it('proposes no agreement that is only the subject of an explanation', () => {
    assert.deepEqual(
      proposed('The president explained his stance regarding the Lisbon Port Access Agreement that it is hard to keep.', ['US', 'PT']),
      [],
    );
  });
});

describe('import round 10 (real pages): the guarantor working with both allies, or working trilaterally', () => {
  const { TRILATERAL } = extendedDeterrenceWorld().ids;
  const said = (text: string, partyCountries: string[], countries = ['US', 'JP', 'KR']) => saidBy(text, partyCountries, countries);
  it('reads the guarantor "coordinating with Japan and South Korea" as the trilateral cooperation, in its own words only', () => {
    assert.deepEqual(said('We keep coordinating with Japan and South Korea on every launch.', ['US']), [[TRILATERAL, 'REAFFIRMS']]);
    assert.deepEqual(said('We keep coordinating with Japan and South Korea on every launch.', []), []);
    assert.deepEqual(said('We keep coordinating with Japan and Australia on every launch.', ['US'], ['US', 'JP', 'AU']), []);
  });

  it('reads "continue operating trilaterally with <third>" as the trilateral cooperation', () => {
    assert.deepEqual(found('The two resolved to go on operating trilaterally with South Korea at sea.', ['US', 'JP']), [
      [TRILATERAL, 'REAFFIRMS'],
    ]);
  });
});

describe('import round 10 (real pages): strategic assets the two sides decide on, and a guarantee asked of someone', () => {
  const { ED_KR } = extendedDeterrenceWorld().ids;
  const said = (text: string, partyCountries: string[]) => saidBy(text, partyCountries, ['US', 'KR']);
  it('reads the two sides agreeing to deploy strategic assets as extended deterrence, the ally asking for them as none', () => {
    assert.deepEqual(said('The two sides agreed to rotate strategic assets to the peninsula more often.', ['KR', 'US']), [
      [ED_KR, 'AFFIRMS'],
    ]);
    assert.deepEqual(
      said('The minister asked for more U.S. strategic bombers over the peninsula, and the secretary agreed.', ['KR', 'US']),
      [],
    );
  });

  it('reads the ally asking someone to provide extended deterrence as a request', () => {
    assert.deepEqual(said('The minister asked the secretary to keep providing extended deterrence.', ['KR']), []);
  });
});
