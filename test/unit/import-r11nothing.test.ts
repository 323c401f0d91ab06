/**
 * Round 11 of whether a sentence is a draft at all, from real stories: the meeting reported by a spokesperson, the welcome
 * of a counterpart named in an apposition, courtesies of an appointment and of past service, what a person "has said"
 * before, the context a reassurance came in, the meeting's date noted, and an answer reported with "replied". Invented
 * people, places and sentences, not the wording of any document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backgroundOf, MEETING_STANCE_PURPOSE } from '../../src/imports/pipeline/background';
import { leeCallStory } from './import-world';

const bg = (t: string) => backgroundOf(t, false)?.reason ?? null;
const drafted = (r: { passages: { originalText: string }[] }, words: string) => r.passages.some((p) => p.originalText.includes(words));

describe('import round 11: the meeting and its courtesies are no draft', () => {
  it('a phone call "on the phone", or reported by a spokesperson without "that", is the meeting itself', () => {
    assert.equal(
      bg('Minister Lee and Secretary Brennan talked on the telephone this morning to discuss the drills, a ministry spokeswoman said.'),
      'BACKGROUND',
    );
    assert.equal(
      bg('In a statement, spokesman Ola Varga said Lee had a video call with Brennan, the first time the two talked since the spring.'),
      'BACKGROUND',
    );
    // A stance after the report keeps the sentence.
    assert.equal(bg('In a statement, spokesman Ola Varga said Lee had a call with Brennan and the two agreed to resume drills.'), null);
  });

  it('a counterpart welcomed to a place, named in an apposition or during a visit, is the welcome only', () => {
    assert.equal(bg('Minister Lee welcomed her Danish counterpart, Minister Ola Varga, to Oslo on Monday.'), 'BACKGROUND');
    assert.equal(bg('Lee welcomed Varga to the Foreign Office during his first visit to the capital from May 3 to 5.'), 'BACKGROUND');
    assert.equal(bg('Lee welcomed her counterpart, Minister Varga, to the ministry and stressed the need for joint drills.'), null);
  });

  it('congratulations on an appointment, sympathy words and thanks for past service are courtesies', () => {
    assert.equal(bg('Minister Lee then welcomed Minister Varga’s reappointment as Minister of Defence.'), 'NO_POSITION');
    assert.equal(
      bg('Varga expressed her appreciation for the kind message from the people of Korea, and congratulated Minister Lee’s appointment.'),
      'NO_POSITION',
    );
    assert.equal(bg('Brennan conveyed his words of sympathy over the floods in the south.'), 'NO_POSITION');
    assert.equal(bg('Brennan congratulated Lee on her new post and thanked her for her previous service as army chief.'), 'NO_POSITION');
    // A position in another clause keeps it.
    assert.equal(bg('Lee congratulated Varga’s appointment, and expressed her commitment to deepen the partnership.'), null);
  });
});

describe('import round 11: what a story tells around the talks', () => {
  it('HAS_SAID_BEFORE: "X has said that …" with no time of the talks is background', () => {
    assert.equal(bg('Ms. Varga has said that her country is open to joint patrols.'), 'BACKGROUND');
    assert.equal(bg('We have said that the drills will go ahead.'), null);
    assert.equal(bg('Varga has said today that the two agreed to resume drills.'), null);
  });

  it('MEETING_CONTEXT with a possessive subject, and the meeting’s date noted, are background', () => {
    assert.equal(bg('Brennan’s reassurance came after a magazine reported that the plan had been shelved.'), 'BACKGROUND');
    assert.equal(bg('The minister noted that the meeting was taking place on the anniversary of the armistice.'), 'BACKGROUND');
    assert.equal(bg('The minister noted that the meeting was taking place at a time of rising tension.'), null);
  });

  it('"replied that" in a story reports the person’s words', () => {
    const r = leeCallStory('Brennan replied that the partnership had never been stronger.');
    assert.ok(drafted(r, 'replied that the partnership'));
  });
});

describe('import round 11: positions stated around the meeting', () => {
  it('"mentioned <country>’s position that …" and "concluded the call by underscoring …" are a story’s account of a position', () => {
    const r = leeCallStory(
      'Lee mentioned Korea’s position that restraint from all sides is needed in the strait.',
      'Lee and Brennan concluded the call by underscoring the value of joint drills.',
      'Lee mentioned the weather in the capital during the call.',
    );
    assert.ok(drafted(r, 'mentioned Korea’s position'));
    assert.ok(drafted(r, 'concluded the call by underscoring'));
    assert.equal(drafted(r, 'mentioned the weather'), false);
  });

  it('MEETING_STANCE_PURPOSE: a call held "to convey <country>’s position that …", and a place abbreviated with full stops', () => {
    assert.equal(bg('Lee talked with Brennan on the phone to convey Korea’s position that calm is needed in the strait.'), null);
    assert.equal(bg('Lee talked with Brennan on the phone to convey her greetings.'), 'BACKGROUND');
    assert.ok(MEETING_STANCE_PURPOSE.test('Brennan hosted Lee at the ministry in Port Ola, N.V. to reaffirm the partnership.'));
    assert.equal(MEETING_STANCE_PURPOSE.test('Brennan hosted Lee at the ministry. Officials said they would reaffirm ties.'), false);
  });
});

describe('import round 11: courtesies and what follows them', () => {
  it('an offer after condolences is a position; an acknowledgement of the traditional custodians is a courtesy', () => {
    assert.equal(bg('Brennan expressed condolences for the victims of the floods and offered help with the relief work.'), null);
    assert.equal(bg('Brennan expressed condolences for the victims of the floods.'), 'NO_POSITION');
    assert.equal(bg('The ministers acknowledged the Traditional Owners of the land on which they met.'), 'NO_POSITION');
  });

  it('a quotation of one sentence that is only a courtesy is no draft; one that goes on to a position is', () => {
    const r = leeCallStory(
      '"I am delighted to host Minister Lee in Bergen, to build on our talks in the spring," Brennan said.',
      '"I am pleased to meet Minister Lee again. Our alliance will keep the drills going through the winter," Brennan said.',
    );
    assert.equal(drafted(r, 'delighted to host'), false);
    assert.ok(drafted(r, 'keep the drills going'));
  });
});
