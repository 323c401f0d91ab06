/**
 * Transcript turns: the passages of a labelled turn and their source.
 */

import { type LexCall } from '../lexicon';
import { PEOPLE_SUBJECT, subjectLength } from '../pipeline/attribution';
import { bothCountriesSubject, groupOfAnotherSize, HOME_AFFAIRS_WE, ONE_SIDE_WE, turnGroupOf } from '../pipeline/coref';
import { governmentSubject } from '../pipeline/countries';
import { countriesNamed } from '../pipeline/countries';
import { SPEAKER_POSITION } from '../pipeline/dispositions';
import { OWN_DECISION } from '../pipeline/background';
import { labelSpeaker, onePersonProposed, PRINCIPAL_LABEL } from '../pipeline/speakers';
import { FIRST_PERSON_SUBJECT, reportedToSpeaker } from '../pipeline/turns';
import { type Span } from '../text';
import type { Extractor } from './extractor';
import { earlierCall, periodEngagement } from './recorded-calls';
import { jointLabelSpeakers, misspeltSpeaker, proposedByLabel, soleSpeaker, speakerLookups } from './speakers';
import { addressedMeeting, jointEvent, speaksOfCall } from './guests';
import { personCountry, updateCall } from './talks';
import { proposedIn } from './proposals';
import { partiesOf } from './parties';
import { clausePassages } from './passage';
import { ADDRESSED_POST_LABEL, JOINT_LABEL, POSSESSOR_OF_POSITION, uniq } from './rules';
import type { Ctx, DocumentKind, Evidence, Passage, ProposedCall, Reporter, SourceGuess } from './types';

/** "We" as the subject of a joint act in a speaker's turn: both sides of the talks. */
const JOINT_WE_SUBJECT =
  /(?:^|[,;]\s+and\s+(?:(?:today|then|now|yesterday|also)\s+)?)(?:[\w-]+(?:\s+[\w-]+){0,3},\s+|(?:And|But|So|Then|Also|Next|Finally|Additionally)\s+|(?:Today|Yesterday|Tonight|Now)\s+)?[Ww]e\s+(?:(?:also|both|have|jointly|will|shall|are going to|can)\s+)*(?:agreed|confirmed|discussed|reaffirmed|shared|exchanged|decided|concurred|keep|work|upgrade|strengthen|deepen|continue|cooperate|coordinate)\b/;
/**
 * WE_OF_TALKS_NOT_ON_RECORD (round 18): "we" as the subject a speaker's sentence opens on (after a short phrase and a comma or
 * a connective at most: "We have just discussed …", "Therefore, we have reached …"), said in a turn about talks with no call
 * on record by one of the participants of the talks the text reports: both sides of those talks. On the fourteen real tuning
 * folders a transcript sentence of such a speaker opening on "we" was labelled as both sides 38 times of 39 (a "we" anywhere
 * in the sentence, "I stated that we …" too, 44 of 52: the speaker's own clause, left out). `otherSideAsPartner`: not "we
 * look forward to consulting with France" with France the other side's country (the 39th): the other side set apart.
 */
export const WE_OF_TALKS_NOT_ON_RECORD = {
  name: 'WE_OF_TALKS_NOT_ON_RECORD: "we" opening a turn about talks not on record, a participant speaking: both sides of the talks',
  // (WE_AFTER_AS: also the "we" of a clause the sentence opens on with "as" or "besides": "As we take steps together …",
  // "And as we've made clear, …".)
  opening:
    /^(?:[^,;]{0,60},\s+)?(?:(?:And|But|So|Now|Today|Together|Also|Therefore|Then)\s+)?(?:(?:[Aa]s|[Bb]esides)\s+)?[Ww]e(?:['’](?:ll|ve|re|d))?\b/,
  otherSideAsPartner: /\bwith\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})/gu,
};

/** WE_OF_TALKS_NOT_ON_RECORD: whether a speaker's (`ids` or `proposed`, one) words are both sides of `talks`. */
function weOfTalksNotOnRecord(
  words: string,
  ids: number[],
  proposed: string[],
  talks: ProposedCall | null,
  countryOf: (who: number | string) => string | null,
): boolean {
  if (!talks || ids.length + proposed.length !== 1) return false;
  const speaker = ids[0] ?? proposed[0];
  const others = [...talks.participantIds, ...talks.proposedParticipants].filter((x) => x !== speaker);
  if (others.length === 0 || others.length === talks.participantIds.length + talks.proposedParticipants.length) return false;
  if (!WE_OF_TALKS_NOT_ON_RECORD.opening.test(words) || ONE_SIDE_WE.test(words) || HOME_AFFAIRS_WE.test(words)) return false;
  if (groupOfAnotherSize(words, others.length + 1)) return false;
  const otherCountries = others.map((x) => countryOf(x)).filter((c): c is string => c != null);
  return ![...words.matchAll(WE_OF_TALKS_NOT_ON_RECORD.otherSideAsPartner)].some((m) =>
    countriesNamed(m[1]).some((c) => otherCountries.includes(c)),
  );
}
/** The people of `ids` and `proposed` added to a passage's parties (each once), with the evidence that adds them. */
function addParties(p: Passage, ids: readonly number[], proposed: readonly string[], evidence: Evidence): void {
  for (const c of ids) if (!p.partyIds.includes(c)) p.partyIds.push(c);
  for (const c of proposed) if (!p.proposedParties.includes(c)) p.proposedParties.push(c);
  p.evidence.push(evidence);
}

/** "He" or "she" as a subject: at the start, after a clause break, or after "and", "but", "that". */
const SUBJECT_PRONOUN = /(?:^|[,;:—–]\s*|\b(?:and|but|that|because)\s+)(?:[Hh]e|[Ss]he)\b/;

// ---- transcripts ------------------------------------------------------------------------------

/** A turn of a transcript, "MINISTER KIHARA: …": the answer is the speaker's own words. */
export function transcriptTurn(
  ex: Extractor,
  body: Span,
  label: string,
  calls: LexCall[],
  ctx: Ctx,
  aboutCall: boolean,
  turnSpeaker?: number,
): Passage[] {
  const para = { start: body.start, end: body.end };
  const labelAt = ex.text.lastIndexOf(label, body.start);
  updateCall(ex, para, calls, ctx);
  const evidence: Evidence[] = [];
  // TITLE_PRINCIPAL_FIRST: a bare label ("Minister:") stands for the principal the title names first, not on record.
  const principalKey = ex.titlePrincipalKey ?? ex.ownVoice?.key;
  const principalNewcomer = principalKey && PRINCIPAL_LABEL.test(label.trim()) ? principalKey : null;
  const joint = principalNewcomer ? null : jointLabelSpeakers(ex, label, ctx.call?.participantIds ?? []);
  const who = joint
    ? { id: joint[0], rule: JOINT_LABEL.name }
    : principalNewcomer
      ? null
      : (labelSpeaker(label, speakerLookups(ex), ex.documentSource.speakerId ?? ex.ownVoice?.id ?? null, ctx.call?.participantIds ?? []) ??
        // ADDRESSED_POST: a turn handed to "Mr. Secretary", resolved with the turns' speakers.
        (turnSpeaker != null && ADDRESSED_POST_LABEL.test(label.trim())
          ? { id: turnSpeaker, rule: 'ADDRESSED_POST: the one participant with that post' }
          : null) ??
        (turnSpeaker != null && misspeltSpeaker(ex, label, [turnSpeaker]) === turnSpeaker
          ? { id: turnSpeaker, rule: 'MISSPELT_LABEL: a family name misspelt by one letter' }
          : null));
  let ids: number[] = who ? [who.id] : [];
  if (who)
    evidence.push({
      field: 'author',
      value: ex.lex.officials.get(who.id)!.name,
      span: label,
      rule: `speaker label, ${who.rule}`,
      confidence: 0.9,
    });
  const proposed =
    ids.length === 1
      ? []
      : principalNewcomer
        ? [principalNewcomer]
        : onePersonProposed(
            labelAt >= 0 && labelAt < body.start ? proposedIn(ex, labelAt, labelAt + label.length) : proposedByLabel(ex, label),
          ).map((p) => p.key);
  if (ids.length !== 1) ids = [];
  if (ids.length + proposed.length !== 1) return [];
  const turn = ex.text.slice(para.start, para.end);
  const savedCall = ctx.call;
  // A government's dealings at home ("we will consult the local communities") are not about the talks.
  // OWN_DECISION: "Japan will decide its budget on its own responsibility" at the minister's own press conference after the
  // talks is his country's policy, not the talks (at a joint appearance every word is the meeting's).
  const ownDecision =
    aboutCall && OWN_DECISION.test(turn) && !jointEvent(ex, calls) && !speaksOfCall(ex, para.start, para.end, who?.id, calls);
  if (!aboutCall || ownDecision || HOME_AFFAIRS_WE.test(turn)) ctx.call = null;
  // "When we spoke by phone in January, …" in a March press conference: the earlier call between the same people.
  const earlier = savedCall ? earlierCall(ex, para, savedCall) : periodEngagement(ex, para, who?.id);
  if (earlier) ctx.call = earlier;
  const reporter: Reporter = {
    kind: 'official',
    officialIds: ids,
    proposed,
    source: null,
    span: label,
    rule: 'speaker label of a transcript turn',
    confidence: 0.9,
  };
  const passages: Passage[] = [];
  ctx.source = ex.documentSource;
  ex.quotesAll = [];
  // GIST_UNDER_NAMES (round 15): a newspaper's account of talks laid out under the speakers' names is its gist of their words,
  // not a transcript of them.
  clausePassages(ex, para.start, para.end, {
    reporter,
    ctx,
    kind: ex.options.kind === 'NEWS_ARTICLE' ? 'PARAPHRASE' : 'DIRECT_QUOTE',
    passages,
  });
  // A solo briefing's answer on another subject is not about the talks; at a joint appearance every word is.
  if ((!aboutCall || ownDecision) && soleSpeaker(ex)) for (const p of passages) p.offTalks = true;
  ctx.call = savedCall;
  // "he", "him" in a speaker's words: the other participant of the call (with none on record, the other speakers of the transcript).
  const counterpart =
    aboutCall && savedCall && ids.length === 1
      ? savedCall.participantIds.filter((p) => p !== ids[0])
      : !savedCall && ids.length === 1
        ? uniq([...ex.turnSpeakers.values()]).filter((p) => p !== ids[0])
        : // A speaker not on record, no call on record: the other side of the engagement the text reports.
          aboutCall && !savedCall && proposed.length === 1 && ex.reported?.proposedParticipants.includes(proposed[0])
          ? ex.reported.participantIds
          : [];
  // The other speakers not on record, for a speaker on record with no call on record.
  const counterpartProposed = !savedCall && ids.length === 1 ? [...ex.turnProposed] : [];
  // ADDRESSED_NEWCOMER: the guests the speaker opened by addressing are the other side of the meeting too.
  const addressed = addressedMeeting(ex);
  if (!savedCall && ids.length === 1 && addressed?.participantIds.includes(ids[0])) {
    for (const c of addressed.participantIds) if (c !== ids[0] && !counterpart.includes(c)) counterpart.push(c);
    for (const k of addressed.proposedParticipants) if (!counterpartProposed.includes(k)) counterpartProposed.push(k);
  }
  // JOINT_TITLE_GUEST (round 14): the guest the title names beside the speaker is the other side too.
  if (!savedCall && ids.length === 1 && ex.titleMeeting?.participantIds.includes(ids[0]))
    for (const k of ex.titleMeeting.proposedParticipants) if (!counterpartProposed.includes(k)) counterpartProposed.push(k);
  // REPORTED_TALKS_OTHER_SIDE: the other side of the talks the one speaker reports, none on record, for a turn about those
  // talks. (Round 18, ANY_REPORTED_TALKS: whichever rule found the talks, not only a question naming them or the counterpart
  // named further on, QUESTIONED_NEWCOMER and ONE_SIDE_COMPLETED: "I have just held a meeting with Minister X" is as good.)
  const reportedTalks = ex.reported;
  if (!savedCall && aboutCall && ids.length === 1 && reportedTalks?.participantIds.includes(ids[0])) {
    for (const c of reportedTalks.participantIds) if (c !== ids[0] && !counterpart.includes(c)) counterpart.push(c);
    for (const k of reportedTalks.proposedParticipants) if (!counterpartProposed.includes(k)) counterpartProposed.push(k);
  }
  // A subject pronoun only: "I told him" makes the counterpart no party to the speaker's position.
  const pronoun = SUBJECT_PRONOUN.exec(turn);
  for (const p of passages) {
    if (pronoun && counterpart.length === 1 && !p.partyIds.includes(counterpart[0])) {
      p.partyIds.push(counterpart[0]);
      p.evidence.push({
        field: 'party',
        value: ex.lex.officials.get(counterpart[0])?.name ?? '',
        span: pronoun[0],
        rule: 'pronoun in a speaker’s words: the other participant',
        confidence: 0.6,
      });
      // "He told me that …": the other side is the subject; the speaker only reports it.
      if (pronoun.index === 0 && !FIRST_PERSON_SUBJECT.test(p.originalText)) p.partyIds = p.partyIds.filter((x) => !ids.includes(x));
    }
    if (
      SPEAKER_POSITION.firstPerson.test(p.originalText) &&
      ids.length === 1 &&
      !p.partyIds.includes(ids[0]) &&
      (p.partyIds.length + p.proposedParties.length === 0 || FIRST_PERSON_SUBJECT.test(p.originalText))
    )
      p.partyIds.unshift(ids[0]);
    // "Secretary X confirmed to me that …, and I found that a strong message": the other side's position, reported.
    if (reportedToSpeaker(p.originalText) && p.partyIds.some((x) => !ids.includes(x))) {
      p.partyIds = p.partyIds.filter((x) => !ids.includes(x));
      p.proposedParties = p.proposedParties.filter((x) => !proposed.includes(x));
    }
    // "We agreed", "we will …" said of talks with no call on record: the speaker and the other side.
    if (
      !savedCall &&
      counterpart.length + counterpartProposed.length &&
      JOINT_WE_SUBJECT.test(p.originalText) &&
      !ONE_SIDE_WE.test(p.originalText)
    ) {
      addParties(p, counterpart, counterpartProposed, {
        field: 'party',
        value: counterpart.map((c) => ex.lex.officials.get(c)?.name).join(', '),
        span: 'we',
        rule: '"we" of a speaker: the other speakers of the transcript',
        confidence: 0.6,
      });
    }
    // WE_OF_TALKS_NOT_ON_RECORD (round 18): a turn about talks not on record that opens on "we" as its subject ("We have just
    // discussed …", "Today, we reached …", "We also share values."), said by a participant of the talks the text reports: both
    // sides of those talks, whatever the verb (JOINT_WE_SUBJECT reads a few verbs of agreement only). Not "we" set apart from
    // the other side (ONE_SIDE_WE, OTHER_SIDE_AS_PARTNER), at home (HOME_AFFAIRS_WE) or counted as another group.
    if (!savedCall && aboutCall && weOfTalksNotOnRecord(p.originalText, ids, proposed, reportedTalks, (c) => personCountry(ex, c))) {
      addParties(p, reportedTalks!.participantIds, reportedTalks!.proposedParticipants, {
        field: 'party',
        value: 'both sides of the talks',
        span: 'we',
        rule: WE_OF_TALKS_NOT_ON_RECORD.name,
        confidence: 0.6,
      });
    }
    // "What I can tell you is that the Secretary …": the speaker reports someone else and is no party. LEAD_OWN_CLAIM: not when
    // the clause after the lead is the speaker's own claim, its subject no person and no one's side ("What I can say is that
    // the commitment … does not depend on …, and the Secretary said as much": both).
    const lead = SPEAKER_POSITION.reportingLead.exec(turn);
    const claim = lead ? turn.slice(lead[0].length) : '';
    const claimSubject = lead ? claim.slice(0, subjectLength(claim)) : '';
    const ownClaim =
      lead != null &&
      claimSubject.trim().length > 0 &&
      !POSSESSOR_OF_POSITION.test(claimSubject) &&
      !PEOPLE_SUBJECT.test(claimSubject.trim()) &&
      !/^(?:I|we|he|she|they|both|the two)\b/i.test(claimSubject.trim()) &&
      partiesOf(ex, para.start + lead[0].length, para.start + lead[0].length + claimSubject.length, ctx, []).ids.length === 0;
    if (lead && !ownClaim) {
      const others = p.partyIds.filter((x) => !ids.includes(x)).length + p.proposedParties.filter((x) => !proposed.includes(x)).length;
      if (others > 0) {
        p.partyIds = p.partyIds.filter((x) => !ids.includes(x));
        p.proposedParties = p.proposedParties.filter((x) => !proposed.includes(x));
      }
    }
    // "Both of us", "the two of us", and "we" at a joint press conference: both sides of the talks.
    // (A speaker not on record too: the other side of the meeting the transcript reports.)
    const sides = aboutCall && savedCall?.participantIds.includes(ids[0]) ? savedCall.participantIds : [...ids, ...counterpart];
    const sidesProposed = savedCall ? [] : uniq([...proposed, ...counterpartProposed]);
    const group =
      ids.length + proposed.length === 1 ? turnGroupOf(p.originalText, ex.jointAppearance, sides.length + sidesProposed.length) : null;
    if (group && sides.length + sidesProposed.length >= 2) {
      addParties(p, sides, sidesProposed, {
        field: 'party',
        value: [...sides.map((c) => ex.lex.officials.get(c)?.name), ...sidesProposed].join(', '),
        span: 'we',
        rule: group.name,
        confidence: 0.7,
      });
    }
    // BOTH_COUNTRIES_SUBJECT: "The United States and <the guest's country> are united in …" at a joint appearance: both sides.
    const pairSubject = !group && ex.jointAppearance && ids.length === 1 ? bothCountriesSubject(p.originalText) : null;
    if (pairSubject && sides.length + sidesProposed.length === 2) {
      const own = ex.lex.officials.get(ids[0])?.countryCode ?? null;
      const other =
        sides.find((c) => c !== ids[0]) != null
          ? (ex.lex.officials.get(sides.find((c) => c !== ids[0])!)?.countryCode ?? null)
          : (ex.proposedOfficials.get(sidesProposed[0])?.countryCode ?? null);
      const codes = pairSubject.map((w) => governmentSubject(w.replace(/^The\s/, 'the ')));
      const otherCode = codes.find((c) => c !== own) ?? null;
      if (own && codes.includes(own) && otherCode && (other == null || other === otherCode)) {
        addParties(p, sides, sidesProposed, {
          field: 'party',
          value: pairSubject.join(' and '),
          span: pairSubject.join(' and '),
          rule: 'BOTH_COUNTRIES_SUBJECT: the countries of both sides as the subject at a joint appearance: both sides of the talks',
          confidence: 0.6,
        });
      }
    }
    // A speaker's own words with nobody else taking the position ("Look, Japan decides its own procurement."): the speaker's.
    if (p.partyIds.length + p.proposedParties.length === 0) {
      p.partyIds.push(...ids);
      p.proposedParties.push(...proposed);
      p.evidence.push({
        field: 'party',
        value: ids.map((x) => ex.lex.officials.get(x)?.name ?? '').join(', ') || proposed.join(', '),
        span: label,
        rule: 'a speaker’s words with no other party: the speaker',
        confidence: 0.6,
      });
    }
    p.source = turnSource(ex, ids, proposed);
    p.speakerIds = ids;
    if (joint) {
      p.speakerIds = [...joint];
      for (const x of joint) if (!p.partyIds.includes(x)) p.partyIds.push(x);
      p.evidence.push({
        field: 'party',
        value: joint.map((x) => ex.lex.officials.get(x)?.name ?? '').join(', '),
        span: label,
        rule: JOINT_LABEL.name,
        confidence: 0.7,
      });
    }
    p.proposedSpeakers = proposed;
    p.evidence.unshift(...evidence);
  }
  return passages;
}

/**
 * TURN_SPEAKER_SOURCE (round 15): a turn of a press conference or transcript comes from the document itself, its speaker the
 * turn's speaker (a joint press conference has one speaker per turn; the corpus labels a press conference's speaker as the
 * one whose words they are: 175 of 175 labelled speakers the passage's author). The document's own source when the title's
 * principal is the speaker.
 */
export function turnSource(ex: Extractor, ids: number[], proposed: string[]): SourceGuess {
  const doc = ex.documentSource;
  if (!TURN_SPEAKER_SOURCE.kinds.includes(doc.kind) || ids.length + proposed.length !== 1) return doc;
  if (ids.length === 1 && doc.speakerId === ids[0]) return doc;
  const key = `document|${ids[0] ?? proposed[0]}`;
  let s = ex.turnSources.get(key);
  if (!s) {
    s = { ...doc, key, speakerId: ids[0] ?? null, proposedSpeaker: ids.length ? null : proposed[0] };
    ex.turnSources.set(key, s);
  }
  return s;
}

/** TURN_SPEAKER_SOURCE: the document kinds whose turns carry their speaker as the source's speaker. */
export const TURN_SPEAKER_SOURCE = {
  name: "TURN_SPEAKER_SOURCE: a press conference's or transcript's turn comes from the document, the turn's speaker its speaker",
  kinds: ['PRESS_CONFERENCE', 'TRANSCRIPT'] as DocumentKind[],
};
