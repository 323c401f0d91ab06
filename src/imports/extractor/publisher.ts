/**
 * Authors and publishers: the publisher a document names when imported with none, its country, a minister's own release.
 */

import { OWN_RELEASE_VOICE, publisherLine, publisherPerson, unquoted } from '../pipeline/publisher';
import { countryOfZone } from '../pipeline/countries';
import { countriesNamed } from '../pipeline/countries';
import { nameCore } from '../pipeline/speakers';
import type { Extractor } from './extractor';
import { guestSpeakerCountry, pageDetailsTranscript } from './speakers';
import { orig } from './reading';
import { ORG_PROPOSAL, proposedBodyLength } from './rules';

/**
 * A release or readout imported with no publisher on record that names its publisher on a line of
 * its own (pipeline/publisher.ts): that body, proposed with its country, is the author of its
 * third-person prose.
 */
export function proposedPublisherKey(ex: Extractor): string | null {
  if (ex.publisherProposal !== undefined) return ex.publisherProposal;
  ex.publisherProposal = null;
  if (ex.options.publisherId != null || !['READOUT', 'PRESS_RELEASE'].includes(ex.options.kind)) return null;
  const line = publisherLine(ex.text) ?? selfNamedBody(ex);
  if (!line) return null;
  const countryCode = publisherCountry(ex, line.country ?? line.name);
  // On record already (the same name in the same country): not proposed. A generic name ("Ministry of Defence") of another country's body is no match.
  if (
    ex.lex
      .mentions(line.name)
      .some((m) => m.kind === 'organization' && m.ids.some((id) => ex.lex.organizations.get(id)?.countryCode === countryCode))
  )
    return null;
  const key = `organization:${line.name.toLowerCase()}`;
  if (!ex.proposedOrganizations.has(key))
    ex.proposedOrganizations.set(key, { key, name: line.name, countryCode, span: orig(ex, line.start, line.end) });
  // A minister named on the publisher's line is of its country.
  for (const name of line.people ?? []) {
    const minister = ex.proposedOfficials.get(`official:${nameCore(name)}`);
    if (minister) minister.countryCode ??= countryCode;
  }
  ex.publisherProposal = key;
  return key;
}

/**
 * SPEAKER_ABROAD_COUNTRY (round 14): the one speaker of a page with no publisher, not on record and placed by no words, speaking
 * where the time zone's country is never named ("here in Brussels", a coalition meeting abroad): the zone is the venue's, not
 * the speaker's. The country the text names most (twice or more, ahead of any other), leaving out the countries of the
 * officials on record it names (the other side of the talks); else null and the zone stands.
 */
export function speakerAbroadCountry(ex: Extractor): string | null {
  const zone = countryOfZone(ex.options.timeZone);
  const mentions = ex.lex.mentions(ex.text);
  if (!zone || mentions.some((m) => m.kind === 'country' && m.countryCode === zone)) return null;
  const others = new Set(
    mentions.filter((m) => m.kind === 'official' && m.ids.length === 1).map((m) => ex.lex.officials.get(m.ids[0])?.countryCode),
  );
  const counts = new Map<string, number>();
  for (const m of mentions)
    if (m.kind === 'country' && m.countryCode && !others.has(m.countryCode))
      counts.set(m.countryCode, (counts.get(m.countryCode) ?? 0) + 1);
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : null;
}

/**
 * SELF_NAMED_BODY (round 14): a release or readout imported with no publisher and no line naming one, whose lead paragraph
 * names one body of the time zone's country that is not on record and not set in another country's words ("… was
 * received at the Department of X on <date>"): the body that publishes it, named of itself, the author of its prose.
 * Not when a minister's own head line stands (publisherPerson) nor when the lead names two such bodies.
 */
export function selfNamedBody(
  ex: Extractor,
): { name: string; start: number; end: number; country: string | null; people?: string[] } | null {
  const zone = countryOfZone(ex.options.timeZone);
  if (!zone || publisherPerson(ex.text)) return null;
  const lead = /[^\n]{60,}/.exec(ex.text);
  if (!lead) return null;
  const recorded = ex.lex.mentions(lead[0]).filter((m) => m.kind === 'organization');
  const found = new Map<string, { name: string; start: number; end: number; country: string | null }>();
  for (const m of lead[0].matchAll(new RegExp(ORG_PROPOSAL.source, 'g'))) {
    const at = m.index;
    if (recorded.some((x) => x.start <= at && x.end > at)) continue;
    // (Set in another country's words: "Japan's Ministry of Defense", "the Japanese Department of …".)
    const before = lead[0].slice(Math.max(0, at - 30), at);
    const qualified = ex.lex
      .mentions(before)
      .filter((x) => x.kind === 'country' && x.end >= before.trimEnd().length - 4)
      .pop()?.countryCode;
    if (qualified && qualified !== zone) return null;
    // (A body that speaks in the lead is another's voice reported, not the page's own.)
    if (/^\s*(?:\([^)]{1,12}\)\s*)?(?:said|says|stated|announced)\b/.test(lead[0].slice(at + m[1].length))) return null;
    const name = m[1].slice(0, proposedBodyLength(lead[0], m));
    found.set(name, { name, start: lead.index + at, end: lead.index + at + name.length, country: null });
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/**
 * A minister's own release imported with no publisher ("Hon Jane Roe / Minister of Defence" at its head,
 * pipeline/publisher.ts): the minister (on record, else proposed with the publisher's country) is the author of its
 * third-person prose, as a publishing body is of its own.
 */
export function publisherPersonAuthor(ex: Extractor): { id: number | null; key: string | null } | null {
  if (ex.publisherPersonProposal !== undefined) return ex.publisherPersonProposal;
  ex.publisherPersonProposal = null;
  if (
    ex.options.publisherId != null ||
    (!['READOUT', 'PRESS_RELEASE'].includes(ex.options.kind) && !pageDetailsTranscript(ex)) ||
    proposedPublisherKey(ex) != null
  )
    return null;
  const line = publisherPerson(ex.text);
  if (!line) return null;
  const known = ex.lex.mentions(line.name).find((m) => m.kind === 'official' && m.ids.length === 1);
  if (known) return (ex.publisherPersonProposal = { id: known.ids[0], key: null });
  const key = `official:${nameCore(line.name)}`;
  const proposed = ex.proposedOfficials.get(key);
  const countryCode =
    (pageDetailsTranscript(ex) ? guestSpeakerCountry(ex, line.name) : null) ??
    proposed?.countryCode ??
    speakerAbroadCountry(ex) ??
    publisherCountry(ex, line.name);
  if (proposed) proposed.countryCode = countryCode;
  else
    ex.proposedOfficials.set(key, {
      key,
      name: line.name,
      title: line.title,
      capacity: 'SUBSTANTIVE',
      countryCode,
      organizationId: null,
      span: orig(ex, line.start, line.end),
    });
  return (ex.publisherPersonProposal = { id: null, key });
}

/** A proposed publisher's country: named with it, else that of the officials not on record the document names (its own people), else the one it names most. */
export function publisherCountry(ex: Extractor, name: string): string | null {
  const most = (codes: (string | null | undefined)[]) => {
    const counts = new Map<string, number>();
    for (const c of codes) if (c && c !== 'US') counts.set(c, (counts.get(c) ?? 0) + 1);
    const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    // Two countries named as often: no guess (the editor gives it).
    return first && (!second || second[1] < first[1]) ? first[0] : null;
  };
  return (
    ex.lex.mentions(name).find((m) => m.kind === 'country')?.countryCode ??
    // (A country the lexicon does not hold, named by a form of its name: "Norwegian".)
    countriesNamed(name)[0] ??
    // The time zone the importer gave for the publisher, when it is one country's.
    countryOfZone(ex.options.timeZone) ??
    most([...ex.proposedOfficials.values()].map((p) => p.countryCode)) ??
    most(ex.lex.mentions(ex.text).map((m) => (m.kind === 'country' ? m.countryCode : null)))
  );
}

export function ownReleaseVoice(ex: Extractor): { id: number | null; key: string | null } | null {
  // PAGE_DETAILS_SPEAKER: a minister's own transcript page (no publisher, no speaker the title names) headed by the
  // minister's details ("The Hon X MP / Minister for Defence"): that minister is the one who speaks it.
  if (pageDetailsTranscript(ex)) return publisherPerson(ex.text) ? publisherPersonAuthor(ex) : null;
  if (ex.options.publisherId != null || !['READOUT', 'PRESS_RELEASE'].includes(ex.options.kind)) return null;
  if (!publisherPerson(ex.text) || !OWN_RELEASE_VOICE.singular.test(unquoted(ex.text))) return null;
  return publisherPersonAuthor(ex);
}

/** The publisher, when a title is built on its name's last word ("Secretary of Defense" and the Department of Defense). */
export function publisherOwnTitle(ex: Extractor, title: string | null): { id: number; countryCode: string | null } | null {
  const publisher = ex.options.publisherId != null ? ex.lex.organizations.get(ex.options.publisherId) : undefined;
  const field = publisher ? /\bof\s+(?:the\s+)?((?:National\s+)?\p{Lu}[\p{L}-]+)$/u.exec(publisher.name) : null;
  if (!title || !field || !publisher?.countryCode) return null;
  return new RegExp(`\\b(?:of|for)\\s+(?:the\\s+)?${field[1]}\\b`).test(title)
    ? { id: publisher.id, countryCode: publisher.countryCode }
    : null;
}
