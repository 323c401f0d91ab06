/**
 * Signatories of a joint statement and the parties of a country pair.
 */

import { type LexCall, type Mention } from '../lexicon';
import { countriesNamed, governmentSubject } from '../pipeline/countries';
import { nameCore } from '../pipeline/speakers';
import { type Span } from '../text';
import type { Extractor } from './extractor';
import { documentDate } from './recorded-calls';
import { proposeGuest } from './guests';
import { collectProposals, proposedIn } from './proposals';
import { orig } from './reading';
import { ofThePost } from './parties';
import { REPORTING_VERBS, titleCased, uniq } from './rules';
import type { Ctx, Passage, ProposedCall } from './types';

/** COUNTRY_PAIR_OPENING (round 17): a sentence opening on two countries joined by "and" as its subject ("Korea and Vietnam have agreed"). */
const COUNTRY_PAIR_OPENING =
  /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)(?:\s+(?:have|has|also|both|jointly|together))*\s+\p{Ll}/u;

/**
 * PARTICIPANT_REPORTS_PAIR: a clause opening on its reporter ("Nakatani said", "Minister Ana Ruiz told reporters that").
 * (How it differs from talks.ts's REPORTER_BEFORE: see REPORTING_VERBS.)
 */
const REPORTER_OPENING = new RegExp(
  String.raw`^(?:(?:[\p{Lu}][\p{L}'’.-]*|of|for)\s+){1,6}?(?:${REPORTING_VERBS}|noted|added|told\s+(?:reporters|journalists|the\s+press))\s+(?:that\s+)?`,
  'u',
);

/** JOINT_TITLED_PAIR: "Secretary X and Minister Y" opening a joint statement: its two signatories by title and family name. */
const JOINT_TITLED_PAIR = {
  name: 'JOINT_TITLED_PAIR: a joint statement opening on its two signatories by title and family name, one not on record: proposed',
  pattern:
    /\b(Secretary|Minister|Raksha Mantri|Defen[cs]e Minister|Defen[cs]e Secretary)\s+(\p{Lu}[\p{Ll}’'-]+)\s+and\s+(Secretary|Minister|Raksha Mantri|Defen[cs]e Minister|Defen[cs]e Secretary)\s+(\p{Lu}[\p{Ll}’'-]+)\b/u,
};

export function findSignatories(ex: Extractor, blocks: Span[]): void {
  const title = ex.options.title ? titleCased(ex.options.title) : '';
  const officialsIn = (mentions: Mention[]) =>
    uniq(mentions.filter((m) => m.kind === 'official' && m.ids.length === 1).map((m) => m.ids[0]));
  const fromTitle = officialsIn(ex.lex.mentions(title));
  if (fromTitle.length >= 2) {
    ex.signatories = { ids: fromTitle, proposed: [], span: ex.options.title ?? '' };
    return;
  }
  // (The opening of a statement published on a web page comes after its banner lines: twelve blocks are read.)
  for (const block of blocks.slice(0, 12)) {
    ex.mentionCache = ex.lex.mentions(ex.text, block.start, block.end);
    collectProposals(ex, block);
    const ids = officialsIn(ex.mentionCache);
    const proposed = proposedIn(ex, block.start, block.end).map((p) => p.key);
    if (ids.length + proposed.length >= 2) {
      // SIGNATORIES_OF_ONE_LEVEL (round 19): a head of state or government the opening names beside two ministers or more
      // (the President a visiting Secretary called on) is no signatory of the ministers' statement (POST_GROUP_NO_HEAD_OF_STATE).
      const signed = ofThePost(ex, 'ministers', ids, proposed, documentDate(ex));
      ex.signatories = { ...signed, span: orig(ex, block.start, Math.min(block.end, block.start + 160)) };
      break;
    }
  }
  ex.mentionCache = [];
  if (ex.signatories.ids.length + ex.signatories.proposed.length < 2) titledPairSignatories(ex, blocks);
}

/**
 * JOINT_TITLED_PAIR: a joint statement whose opening names its two signatories by title and family name only ("Secretary X
 * and Minister Y reaffirmed …"), one of them not on record: that one proposed by the family name (the full name where the
 * text gives it), and the two are the signatories.
 */
export function titledPairSignatories(ex: Extractor, blocks: Span[]): void {
  for (const block of blocks.slice(0, 12)) {
    const words = ex.text.slice(block.start, block.end);
    const pair = JOINT_TITLED_PAIR.pattern.exec(words);
    if (!pair) continue;
    const sides = [
      { title: pair[1], name: pair[2] },
      { title: pair[3], name: pair[4] },
    ];
    const ids: number[] = [];
    const proposed: string[] = [];
    for (const side of sides) {
      const onRecord = ex.lex.mentions(`${side.title} ${side.name}`).filter((m) => m.kind === 'official' && m.ids.length === 1);
      if (onRecord.length) {
        ids.push(onRecord[0].ids[0]);
        continue;
      }
      // (Proposed now, or already by another rule: either way the one whose key ends in that family name.)
      proposeGuest(ex, side, words, JOINT_TITLED_PAIR.name);
      const key = proposedKeyOfFamily(ex, side.name);
      if (key) proposed.push(key);
    }
    if (ids.length + proposed.length === 2) {
      ex.signatories = { ids, proposed, span: orig(ex, block.start + pair.index, block.start + pair.index + pair[0].length) };
      return;
    }
  }
}

/** The key of the official proposed so far whose keyed name ends in the family name of `name` ("official:jane roe" for "Roe"). */
export function proposedKeyOfFamily(ex: Extractor, name: string): string | undefined {
  const family = nameCore(name).split(' ').pop();
  return [...ex.proposedOfficials.keys()].find((k) => k.slice('official:'.length).split(' ').pop() === family);
}

/** COUNTRY_PAIR_OF_THE_TALKS (any genre): see where it is called. */
export function countryPairParties(ex: Extractor, p: Passage, proposedCall: ProposedCall | null, calls: LexCall[]): void {
  if (p.offTalks) return;
  // PARTICIPANT_REPORTS_PAIR (round 19): also the words of one of the talks' people ("Japan and Chile agreed on Monday to …,
  // Minister X said", "X said Chile and Japan have agreed to …"), the reported clause opening on the pair: the speaker and
  // those the speaker's words name are some of the talks' people, the pair all of them.
  const reported = REPORTER_OPENING.exec(p.text);
  const pair = COUNTRY_PAIR_OPENING.exec(reported ? p.text.slice(reported[0].length) : p.text);
  if (!pair) return;
  const ownAccount = p.partyIds.length + p.proposedParties.length === 0 && p.source.isDocument && !reported;
  const codes = [pair[1], pair[2]].map((w) => {
    const named = ex.lex.mentions(w).filter((m) => m.kind === 'country' && m.countryCode);
    // CAPITAL_IN_PAIR: a capital stands for its government here as a country's name does ("Tokyo and Canberra agreed …").
    const capital = named.length || countriesNamed(w).length ? null : governmentSubject(w);
    return uniq([...named.map((m) => m.countryCode!), ...countriesNamed(w), ...(capital ? [capital] : [])]);
  });
  if (codes.some((c) => c.length !== 1) || codes[0][0] === codes[1][0]) return;
  const call = p.callId != null ? calls.find((c) => c.id === p.callId) : null;
  const ids = call ? call.participantIds : p.callId == null ? (proposedCall?.participantIds ?? []) : [];
  const proposed = call ? [] : p.callId == null ? (proposedCall?.proposedParticipants ?? []) : [];
  // TALKS_OF_TWO_COUNTRIES (round 19): talks of more than two people (a "2+2") count when each person is of one of the two
  // countries the subject names, and each country has one at least: the subject is all of them.
  const countryOf = [
    ...ids.map((id) => ex.lex.officials.get(id)?.countryCode ?? null),
    ...proposed.map((k) => ex.proposedOfficials.get(k)?.countryCode ?? null),
  ];
  const ofTheTwo =
    countryOf.length > 2 &&
    countryOf.every((c) => c === codes[0][0] || c === codes[1][0]) &&
    countryOf.includes(codes[0][0]) &&
    countryOf.includes(codes[1][0]);
  if (ids.length + proposed.length !== 2 && !ofTheTwo) return;
  const speakers = [...p.speakerIds, ...p.proposedSpeakers];
  const participantSpeaks =
    speakers.length > 0 &&
    p.speakerIds.every((id) => ids.includes(id)) &&
    p.proposedSpeakers.every((k) => proposed.includes(k)) &&
    p.partyIds.every((id) => ids.includes(id)) &&
    p.proposedParties.every((k) => proposed.includes(k));
  // (What the talks did, past or perfect: not a speaker's own outlook, "Chile and Japan will continue to work together".)
  const outlook =
    /^(?:(?:also|both|jointly|together)\s+)*(?:will|would|shall|should|must|can|could|may|might|need|needs|are|is|remain)\b/.test(
      (reported ? p.text.slice(reported[0].length) : p.text).slice(pair[0].length - 1),
    );
  if (!ownAccount && (!participantSpeaks || outlook)) return;
  p.partyIds = [...ids];
  p.proposedParties = [...proposed];
  p.evidence.push({
    field: 'party',
    value: 'the people of the talks',
    span: pair[0],
    rule: "COUNTRY_PAIR_OF_THE_TALKS: the talks' two countries as the subject: the talks' two people",
    confidence: 0.6,
  });
}

/** MULTILATERAL_SIGNATORIES: the signatories are of three countries or more, one each, and the call's people are some of them. */
export function widerSignatories(ex: Extractor, call: LexCall): boolean {
  const { ids, proposed } = ex.signatories;
  const countries = [
    ...ids.map((id) => ex.lex.officials.get(id)?.countryCode ?? null),
    ...proposed.map((k) => ex.proposedOfficials.get(k)?.countryCode ?? null),
  ];
  return (
    countries.length >= 3 &&
    countries.every((c) => c != null) &&
    new Set(countries).size === countries.length &&
    call.participantIds.length < countries.length &&
    call.participantIds.every((p) => ids.includes(p))
  );
}

/** A joint statement's meeting, when none is on record: its signatories met. */
export function signatoriesMeeting(ex: Extractor): ProposedCall | null {
  const { ids, proposed, span } = ex.signatories;
  if (ids.length + proposed.length < 2) return null;
  return {
    participantIds: ids,
    proposedParticipants: proposed,
    date: documentDate(ex),
    span,
    rule: 'a joint statement: the meeting of its signatories, none on record near the date',
  };
}

/** Signatories of a joint statement: its call's participants when one is chosen, else those its opening names. */
export function signatoriesOf(ex: Extractor, ctx: Ctx): { ids: number[]; proposed: string[] } {
  if (ex.options.kind !== 'JOINT_STATEMENT') return { ids: [], proposed: [] };
  if (ctx.call?.participantIds.length) return { ids: ctx.call.participantIds, proposed: [] };
  return ex.signatories;
}
