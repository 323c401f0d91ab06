/**
 * Who reports in a sentence: the reporter its words from..to name (an office or spokesperson, a person or title, a body or
 * a pronoun), and the official reporting in it.
 */

import {
  BODY_OF_A_SIDE_NOT_ON_RECORD,
  PROPOSED_BODY_AS_REPORTER,
  NAMED_OUTLET_REPORT,
  OTHER_OUTLET_REPORT,
  familyNameAtEnd,
  PRONOUN_FOR_RUNNING_SPOKESPERSON,
  SPOKESPERSON_NAMED_BEFORE_TITLE,
} from '../pipeline/attribution';
import { type Mention } from '../lexicon';
import { subjectAppositive } from '../pipeline/coref';
import { TOLD_AUDIENCE } from '../pipeline/frames';
import { type Span } from '../text';
import type { Extractor } from './extractor';
import { documentDate } from './recorded-calls';
import { headOf } from './talks';
import { proposedIn } from './proposals';
import { orig } from './reading';
import { appositiveSpokesperson, bodyKind, bodyOfSideNotOnRecord, proposedBodyNamed, rehomeMinistry, sourceOf } from './sources';
import { relayedJointStatement } from './relays';
import { partiesOf } from './parties';
import { DEFENSE_HEAD_DESCRIPTION, HEAD_OF_BODY, NATIONAL_OFFICIAL, sourceReporter, SPOKESPERSON_OF_BODY } from './rules';
import type { Ctx, Evidence, Reporter, SourceGuess } from './types';

/** A verb of reporting and "that" (group 1 the verb, group 2 " that"): "<reporter> said that <clause>", "…, adding that <clause>". */
export const REPORTING = new RegExp(
  String.raw`\b(concluded by stating|went on to say|said|stated|added|noted|acknowledged|mentioned|explained|stressed|emphasized|announced|reported|wrote|${TOLD_AUDIENCE}|stating|saying|adding|noting|including)(?:\s+(?:later|earlier)\s+(?:in|on)\s+the\s+day|\s+on\s+\p{Lu}\p{Ll}+day)?(\s+that)\b`,
  'giu',
);

/** The same, without the global flag: `test` keeps no position between texts. */
const DEFENSE_HEAD_DESCRIBED = new RegExp(DEFENSE_HEAD_DESCRIPTION.source, 'u');

/** A sentence attributed to people left unnamed ("…, officials said."), whom the next "they" refers to. */
const UNNAMED_GROUP_REPORTED = /\b(?:officials|sources|diplomats|aides|people)\s+(?:said|say|says|told|added)\b[^.!?]*[.!?]["”’]?\s*$/i;

/** A reporter that is officials, on record or proposed, with no document of theirs named. */
export const officialReporter = (officialIds: number[], proposed: string[], span: string, rule: string, confidence: number): Reporter => ({
  kind: 'official',
  officialIds,
  proposed,
  source: null,
  span,
  rule,
  confidence,
});

/** A source noun of a sentence ("A Pentagon readout", "the release") and the source it names. */
interface SourceMention {
  start: number;
  end: number;
  source: SourceGuess;
}

/** A sentence and the mentions in it outside quotations. */
export interface SentenceMentions {
  s: Span;
  ctx: Ctx;
  mentions: Mention[];
}

/** What the reporter of some words of a sentence is read from: its mentions and its source nouns. */
export interface ReporterScope extends SentenceMentions {
  sourceMentions: SourceMention[];
}

/** The words from..to that may name a reporter, the last source noun and the last person named in them. */
interface ReporterWords {
  from: number;
  to: number;
  lastSource: SourceMention | undefined;
  lastPerson: Mention | undefined;
}

/** The one official on record the sentence's first person or title named stands for, if one. */
function subjectOfficial(ex: Extractor, { ctx, mentions }: SentenceMentions): number | null {
  const evidence: Evidence[] = [];
  const first = mentions.find((m) => m.kind === 'official' || m.kind === 'title');
  if (!first) return null;
  const { ids } = partiesOf(ex, first.start, first.end, ctx, evidence);
  return ids.length === 1 ? ids[0] : null;
}

/** The official reporting in this sentence: the one right before a reporting verb, else the first named. */
export function reportingOfficialOf(ex: Extractor, sm: SentenceMentions): number | null {
  const { s, ctx, mentions } = sm;
  for (const m of ex.text.slice(s.start, s.end).matchAll(REPORTING)) {
    const at = s.start + m.index!;
    const before = mentions.filter((x) => (x.kind === 'official' || x.kind === 'title') && x.end <= at && at - x.end < 40);
    if (before.length) {
      const { ids } = partiesOf(ex, before[before.length - 1].start, before[before.length - 1].end, ctx, []);
      if (ids.length === 1) return ids[0];
    }
  }
  return subjectOfficial(ex, sm);
}

/** The reporter the words from..to of the sentence name. */
export function reporterOf(ex: Extractor, scope: ReporterScope, from: number, to: number): Reporter {
  const { s } = scope;
  // PRONOUN_FOR_RUNNING_SPOKESPERSON: remember the spokesperson who reported last; anyone else reporting ends it.
  const r = reporterIn(ex, scope, from, to);
  if (r.rule.startsWith('a spokesperson of the body')) ex.runningSpokes = { reporter: r, block: ex.blockIndex, start: s.start };
  else if (r.kind !== 'none' && ex.runningSpokes && ex.runningSpokes.start < s.start) ex.runningSpokes = null;
  return r;
}

/** The reporter the words from..to name, read in turn as an office or spokesperson, a person or title, a body or a pronoun. */
function reporterIn(ex: Extractor, scope: ReporterScope, from: number, to: number): Reporter {
  const { s, ctx, mentions, sourceMentions } = scope;
  const sources = sourceMentions.filter((x) => x.start >= from && x.end <= to);
  let people = mentions.filter((x) => (x.kind === 'official' || x.kind === 'title') && x.start >= from && x.end <= to);
  // SUBJECT_APPOSITIVE: "Lee, who succeeded Park last year, said": the reporter is the head, not the one its description names.
  const app = subjectAppositive(ex.text.slice(from, to));
  if (app && people.some((x) => x.end <= from + app.start))
    people = people.filter((x) => x.end <= from + app.start || x.start >= from + app.end);
  const lastSource = sources[sources.length - 1];
  const lastPerson = people[people.length - 1];
  const relayedJoint = relayedJointStatement(ex, from, to, people.length > 0, ctx, s.start);
  if (relayedJoint) return relayedJoint;
  const w: ReporterWords = { from, to, lastSource, lastPerson };
  return (
    officeOrSpokespersonReporter(ex, scope, w) ??
    personOrTitleReporter(ex, scope, w) ??
    bodyOrPronounReporter(ex, scope, w) ?? { kind: 'none', officialIds: [], proposed: [], source: null, span: '', rule: '', confidence: 0 }
  );
}

/** A reporter who speaks for an office or a body: "X's office", "his ministry", the running spokesperson, a body's spokesperson. */
function officeOrSpokespersonReporter(ex: Extractor, scope: ReporterScope, w: ReporterWords): Reporter | null {
  const { s, ctx, mentions } = scope;
  const { from, to, lastSource } = w;
  // "Ahn's office", "the minister's spokesperson": the person's organization speaks.
  const office = /[’']s\s+(?:office|ministry|department|spokes(?:person|man|woman)|aides?)\b/.exec(ex.text.slice(from, to));
  const owner = office
    ? mentions.filter((x) => x.kind === 'official' && x.ids.length === 1 && x.start >= from && x.end <= to).pop()
    : undefined;
  // POSSESSIVE_PRONOUN_OFFICE: "his office said", "her ministry said": the office of the one "he" / "she" refers to (the
  // last person named), as "X's office" names X's.
  const pronounOffice =
    !owner && /^\s*(?:his|her)\s+(?:office|ministry|department|spokes(?:person|man|woman))\s*$/i.test(ex.text.slice(from, to));
  const referent = pronounOffice ? [...ex.recent].reverse().find((r) => r.ids.length + r.proposed.length === 1) : undefined;
  const ownerOrg = owner
    ? ex.lex.holding(owner.ids[0], documentDate(ex))?.organizationId
    : referent?.ids.length
      ? ex.lex.holding(referent.ids[0], documentDate(ex))?.organizationId
      : undefined;
  if (ownerOrg != null)
    return sourceReporter(
      sourceOf(ex, bodyKind(ex, ownerOrg), ownerOrg, null, orig(ex, from, to).trim(), ctx),
      orig(ex, from, to).trim(),
      `organization as reporter (${office?.[0].trim() ?? ex.text.slice(from, to).trim()} of ${owner?.text ?? referent!.span})`,
      0.7,
    );
  // PRONOUN_FOR_RUNNING_SPOKESPERSON: "…, she said." after the spokesperson's sentence is the spokesperson.
  const running = ex.runningSpokes;
  if (
    running &&
    running.start < s.start &&
    ex.blockIndex - running.block <= PRONOUN_FOR_RUNNING_SPOKESPERSON.paragraphs &&
    PRONOUN_FOR_RUNNING_SPOKESPERSON.pronoun.test(ex.text.slice(from, to).replace(/^[^]*[,;]/, ''))
  )
    return {
      ...running.reporter,
      span: orig(ex, from, to).trim(),
      rule: `${running.reporter.rule}, ${PRONOUN_FOR_RUNNING_SPOKESPERSON.name}`,
    };
  // "Amundsen said" after "Pentagon spokesman Col. Derek Amundsen said …": the spokesperson again, the body's words.
  // SPOKESPERSON_NAMED_AGAIN: also as the last words before the verb ("In a statement on the call, Roe said …").
  // (SPOKESPERSON_NAMED_BEFORE_TITLE: "X also said" / "X further noted": the adverb after the name is not part of it.)
  const named = ex.text.slice(from, to).trim().replace(SPOKESPERSON_NAMED_BEFORE_TITLE.adverb, '');
  const again = ex.spokespeople.get(named) ?? ex.spokespeople.get(familyNameAtEnd(named) ?? '') ?? appositiveSpokesperson(ex, named, ctx);
  if (again) return { ...again, span: orig(ex, from, to).trim(), rule: `${again.rule}, named again by family name` };
  // "Pentagon spokesperson X", "a ministry spokesman": the body speaks through them (its document, its words).
  const spokes = SPOKESPERSON_OF_BODY.exec(ex.text.slice(from, to));
  const spokesBody = spokes
    ? mentions
        .filter(
          (x) => x.kind === 'organization' && x.ids.length === 1 && x.start >= from && x.end <= from + spokes.index + spokes[0].length,
        )
        .pop()
    : undefined;
  if (
    spokesBody &&
    from + spokes!.index + spokes![0].length - spokesBody.end < 30 &&
    !(lastSource && lastSource.start > spokesBody.start)
  ) {
    const org = spokesBody.ids[0];
    const spoke: Reporter = sourceReporter(
      sourceOf(ex, bodyKind(ex, org), org, null, orig(ex, spokesBody.start, to).trim(), ctx),
      orig(ex, from, to).trim(),
      `a spokesperson of the body speaks for it (${spokesBody.text})`,
      0.7,
    );
    // The spokesperson's family name, the last word of the name after the title ("spokesman Col. Derek Amundsen").
    // (Read up to the reporting verb: after a quotation the words passed here run on to it, "… Marcus Lindqvist said".)
    const name = /^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}?(\p{Lu}[\p{Ll}'’-]+)\s*$/u.exec(
      ex.text.slice(from + spokes!.index + spokes![0].length, to).replace(/\s+(?:said|says|stated|added|noted|told|wrote)\b[^]*$/, ''),
    );
    if (name) ex.spokespeople.set(name[1], spoke);
    return spoke;
  }
  return null;
}

/** A reporter named: a source noun or a person, a head of a body, a title or group, "they", a name or title not on record. */
function personOrTitleReporter(ex: Extractor, scope: ReporterScope, w: ReporterWords): Reporter | null {
  const { s, ctx } = scope;
  const { from, to, lastSource, lastPerson } = w;
  // SPEAKER_AFTER_SETTING: "Speaking at a joint news conference, X said …" with X not on record: the conference is where
  // X spoke (a press conference has a speaker), X the reporter, as for an official on record.
  const speakerAfter =
    lastSource && !lastPerson && lastSource.source.kind === 'PRESS_CONFERENCE' && lastSource.source.speakerId == null
      ? proposedIn(ex, lastSource.end, to)
      : [];
  if (speakerAfter.length === 1)
    return officialReporter(
      [],
      [speakerAfter[0].key],
      speakerAfter[0].name,
      'name not on record: proposed, speaking at the press conference named before',
      0.6,
    );
  if (lastSource && (!lastPerson || lastSource.start > lastPerson.start)) {
    return sourceReporter(lastSource.source, orig(ex, lastSource.start, lastSource.end), 'source named before the reporting verb', 0.9);
  }
  if (lastPerson) {
    const evidence: Evidence[] = [];
    const { ids, proposed } = partiesOf(ex, lastPerson.start, lastPerson.end, ctx, evidence);
    if (ids.length || proposed.length) {
      return {
        kind: 'official',
        officialIds: ids,
        proposed,
        source: null,
        span: orig(ex, lastPerson.start, lastPerson.end),
        rule: evidence[0]?.rule ?? 'name',
        confidence: evidence[0]?.confidence ?? 0.7,
      };
    }
  }
  // HEAD_OF_BODY: "the head of the MND", "the ministry's chief": the minister who heads that body.
  const head = HEAD_OF_BODY.exec(ex.text.slice(from, to));
  const headed = head ? headOf(ex, head[1] ?? head[2]) : null;
  if (headed)
    return officialReporter(
      headed.ids,
      headed.proposed,
      orig(ex, from, to).trim(),
      `"the head of ${head![1] ?? head![2]}": the minister who heads it`,
      0.65,
    );
  // "The Minister", "the two ministers": resolved as parties are.
  const byTitle =
    /\b[Tt]he\s+(?:two\s+|[Aa]cting\s+|Defen[cs]e\s+)?(?:Secretary|Minister|Ministers|Secretaries|Vice Minister|Deputy Secretary|leaders|ministers|chiefs|minister)\b/.test(
      ex.text.slice(from, to),
    ) || DEFENSE_HEAD_DESCRIBED.test(ex.text.slice(from, to))
      ? partiesOf(ex, from, to, ctx, [])
      : null;
  if (byTitle && byTitle.ids.length + byTitle.proposed.length > 0)
    return officialReporter(byTitle.ids, byTitle.proposed, orig(ex, from, to).trim(), 'title or group as reporter', 0.7);
  // THEY_AS_REPORTER (round 14): in a story, "They said that …" after a paragraph on two people: the two, as "the two
  // ministers said" (resolved as parties are); not after "…, officials said." (they are those unnamed).
  const they =
    ex.options.kind === 'NEWS_ARTICLE' &&
    /^\s*they(?:\s+(?:also|both|later|further))?\s*$/i.test(ex.text.slice(from, to)) &&
    !UNNAMED_GROUP_REPORTED.test(ex.text.slice(Math.max(0, s.start - 300), s.start))
      ? partiesOf(ex, from, to, ctx, [])
      : null;
  if (they && they.ids.length + they.proposed.length >= 2)
    return officialReporter(they.ids, they.proposed, orig(ex, from, to).trim(), 'THEY_AS_REPORTER: "they", the two named before', 0.6);
  const proposedPeople = proposedIn(ex, from, to);
  if (proposedPeople.length) {
    return officialReporter([], [proposedPeople[0].key], proposedPeople[0].name, 'name not on record: proposed', 0.6);
  }
  // BARE_TITLE_SUBJECT as reporter: "Through a post on X, Raksha Mantri stated: …" (a proposed official's title, no article).
  const spanText = ex.text.slice(from, to).trim();
  const bareTitled = [...ex.proposedOfficials.values()].filter(
    (p) =>
      p.title &&
      p.title.split(/\s+/).length >= 2 &&
      spanText.endsWith(p.title) &&
      /(?:^|,\s*)$/.test(spanText.slice(0, spanText.length - p.title.length)),
  );
  if (bareTitled.length === 1)
    return officialReporter([], [bareTitled[0].key], bareTitled[0].title!, "a proposed official's title with no article as reporter", 0.6);
  return null;
}

/** A reporter by pronoun or body: "it", "he", a body on record or not, "the <nationality> minister", another outlet's report. */
function bodyOrPronounReporter(ex: Extractor, scope: ReporterScope, w: ReporterWords): Reporter | null {
  const { ctx, mentions } = scope;
  const { from, to } = w;
  // "…, it said.": the body the paragraph is attributed to, else the body whose words came last.
  const itBody =
    ex.carried?.block === ex.blockIndex
      ? ex.carried.reporter.source
      : ctx.source && !ctx.source.isDocument && !ctx.source.speakerId && !ctx.source.proposedSpeaker
        ? ctx.source
        : null;
  if (/^\s*it\s*$/i.test(ex.text.slice(from, to)) && itBody)
    return sourceReporter(itBody, 'it', 'pronoun "it": the body the paragraph is attributed to', 0.6);
  // NEWER_SUBJECT_FIRST: in a story, a person named since who is not that speaker ("President X welcomed the visit …
  // “…,” he said.") is the one "he" refers to, not the speaker of the last source.
  const newer = ex.recent[ex.recent.length - 1];
  const newerSubject =
    ex.options.kind === 'NEWS_ARTICLE' &&
    newer != null &&
    !(newer.ids.length === 1 && newer.ids[0] === ctx.source?.speakerId) &&
    newer.ids.length + newer.proposed.length === 1;
  if (/\b(?:he|she)\b/i.test(ex.text.slice(from, to)) && ctx.source?.speakerId && !newerSubject) {
    return officialReporter([ctx.source.speakerId], [], 'he', 'pronoun: the speaker of the current source', 0.6);
  }
  const body = mentions.filter((x) => x.kind === 'organization' && x.start >= from && x.end <= to && x.ids.length === 1).pop();
  if (body) rehomeMinistry(ex, body);
  const sideBody = body ? bodyOfSideNotOnRecord(ex, body) : null;
  if (body && sideBody)
    return sourceReporter(
      sourceOf(ex, 'PRESS_RELEASE', null, null, orig(ex, body.start, body.end), ctx, sideBody),
      orig(ex, body.start, body.end),
      `organization as reporter (${BODY_OF_A_SIDE_NOT_ON_RECORD.name})`,
      body.confidence * 0.8,
    );
  if (body) {
    const org = ex.lex.organizations.get(body.ids[0])!;
    return sourceReporter(
      sourceOf(ex, bodyKind(ex, org.id), org.id, null, orig(ex, body.start, body.end), ctx),
      orig(ex, body.start, body.end),
      `organization as reporter (${body.rule})`,
      body.confidence * 0.9,
    );
  }
  // PROPOSED_BODY_AS_REPORTER: a body not on record the story names as the reporter (by name or initials): its release.
  const proposedBody = proposedBodyNamed(ex, from, to);
  if (proposedBody)
    return sourceReporter(
      sourceOf(ex, 'PRESS_RELEASE', null, null, orig(ex, from, to).trim(), ctx, proposedBody),
      orig(ex, from, to).trim(),
      `organization as reporter (${PROPOSED_BODY_AS_REPORTER.name})`,
      0.5,
    );
  // "the Japanese minister", "the U.S. defense secretary": the one participant of the talks from that country.
  const national = NATIONAL_OFFICIAL.test(ex.text.slice(from, to).trim())
    ? mentions.find((x) => x.kind === 'country' && x.start >= from && x.end <= to)
    : undefined;
  const ofCountry = national
    ? (ctx.call?.participantIds ?? []).filter((id) => ex.lex.officials.get(id)?.countryCode === national.countryCode)
    : [];
  if (ofCountry.length === 1)
    return officialReporter(
      ofCountry,
      [],
      orig(ex, from, to).trim(),
      `"the <nationality> <office>": the talks' participant from ${national!.countryCode}`,
      0.7,
    );
  // OTHER_OUTLET_REPORT: "according to a news agency", "…, according to the report": that report, its author unnamed.
  // NAMED_OUTLET_REPORT: "…, Kyodo News reported", "according to the Coastal Herald": that outlet's report (not on record).
  const outlet =
    ex.options.kind === 'NEWS_ARTICLE'
      ? [OTHER_OUTLET_REPORT, NAMED_OUTLET_REPORT].find((r) => r.pattern.test(ex.text.slice(from, to).trim()))
      : undefined;
  if (outlet)
    return sourceReporter(
      sourceOf(ex, 'NEWS_ARTICLE', null, null, orig(ex, from, to).trim(), ctx),
      orig(ex, from, to).trim(),
      outlet.name,
      0.6,
    );
  const pronoun = /\b(?:he|she)\b/i.exec(ex.text.slice(from, to));
  const last = ex.recent[ex.recent.length - 1];
  if (pronoun && last) {
    return officialReporter(last.ids, last.proposed, pronoun[0], `pronoun: the last person named (${last.span})`, 0.6);
  }
  return null;
}
