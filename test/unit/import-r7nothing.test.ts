/**
 * Round 7 of the "nothing" sentences, from the sixth blind set's failures (s01–s30): what makes a sentence a position (a
 * stance, commitment, policy, decision, agreement or demand) against a courtesy, the topic of the talks, what the talks
 * left out, and a stance told as history. Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backgroundOf } from '../../src/imports/pipeline/background';
import { BOILERPLATE_RULES } from '../../src/imports/pipeline/dispositions';
import { turnNothing, turnPosition } from '../../src/imports/pipeline/turns';

const bg = (t: string, inTurn = false) => backgroundOf(t, inTurn)?.reason ?? null;
const turn = (t: string) => turnNothing(t)?.reason ?? null;

describe('import round 7: which sentences are positions', () => {
  it('a congratulation on an appointment or an inauguration, alone, is a courtesy', () => {
    assert.equal(bg('Under Secretary Varga congratulated Minister Lindqvist on her appointment.'), 'NO_POSITION');
    assert.equal(bg('The Secretary congratulated General Osei on his promotion as chief of the general staff.'), 'NO_POSITION');
    assert.equal(
      bg('Minister Brandt congratulated Secretary Ruiz on his swearing-in, and Secretary Ruiz expressed his thanks.'),
      'NO_POSITION',
    );
    // Congratulations on an act of the alliance, or with a stance beside them, are positions.
    assert.equal(bg('The Minister congratulated the Secretary on the completion of the joint exercise.'), null);
    assert.equal(bg('Minister Brandt congratulated Secretary Ruiz on his election and reaffirmed support for the alliance.'), null);
  });

  it('"exchanged views on <topic>" with no stance beside it is the topic of the talks, no position', () => {
    assert.equal(bg('The two Ministers also exchanged views on the situation in the Baltic, including hybrid threats.'), 'NO_POSITION');
    assert.equal(bg('Both delegations exchanged opinions on maritime security in the Gulf of Guinea.'), 'NO_POSITION');
    // A stance in another clause keeps it a draft.
    assert.equal(bg('The two sides exchanged views on the Baltic, and shared deep concern over the sabotage of cables.'), null);
    assert.equal(bg('They exchanged views on air defence and agreed to deploy an additional battery.'), null);
  });

  it('a stance told as history ("has repeatedly urged", "have said so since 2014") is background', () => {
    assert.equal(bg('The Under Secretary has repeatedly pressed partners in Europe to buy more ammunition.'), 'BACKGROUND');
    assert.equal(bg('Officials in Oslo have for years argued that the northern flank is neglected.'), 'BACKGROUND');
    assert.equal(bg('Both governments have said so since 2019, when the accord was first signed.'), 'BACKGROUND');
    // What was urged in the talks themselves is a position.
    assert.equal(bg('The Secretary urged the Minister during the call to raise spending.'), null);
  });

  it('what the talks left out, in an answer, is no position; a stance beside it keeps it', () => {
    assert.equal(turn('That topic was not on the agenda today.'), 'NO_POSITION');
    assert.equal(turn('There was no such demand from the American side.'), 'NO_POSITION');
    assert.equal(turn('Troop numbers were not raised in our meeting.'), 'NO_POSITION');
    assert.equal(turnPosition('Troop numbers were not raised in our meeting.'), null);
    assert.equal(turn('Troop numbers were not raised, but we agreed to review the rotation next year.'), null);
  });

  it('a notice of access to the material or the event is boilerplate', () => {
    const furniture = (t: string) => BOILERPLATE_RULES.some((r) => r.test.test(t));
    assert.ok(furniture('Video of the signing is available on the Ministry’s YouTube channel.'));
    assert.ok(furniture('The hearing will be streamed live on the parliament’s website.'));
    assert.ok(furniture('Written comments may be submitted via the portal until Friday.'));
    assert.ok(furniture('Camera crews will be required to present a valid accreditation badge.'));
    assert.ok(furniture('For updates on the visit, follow @DefenceNews.'));
    assert.ok(furniture('This communique was released simultaneously in Canberra and Jakarta.'));
    assert.equal(furniture('The two sides will make the new radar data available to each other.'), false);
    assert.equal(furniture('The allies must register their objections with the council.'), false);
  });

  it('the speaker’s own meeting, told in the first person, is background', () => {
    assert.equal(turn('Last week I had a long conversation with Minister Duarte about the port.'), 'BACKGROUND');
    assert.equal(turn('This morning we spent two hours at the naval base with the Admiral.'), 'BACKGROUND');
    assert.equal(turn('Yesterday I had a call with the Minister and we agreed to expand the drills.'), null);
  });

  it('a reaction to the talks, alone, is no position', () => {
    assert.equal(turn('Honestly, I found the meeting extremely encouraging.'), 'NO_POSITION');
    assert.equal(turn('We found it most useful,'), 'NO_POSITION');
    assert.equal(turn('I found his pledge on the treaty reassuring.'), null);
  });
});
