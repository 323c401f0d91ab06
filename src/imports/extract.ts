/**
 * From a document's text to draft statements, free of the database: sentences, quoted passages,
 * reported speech and who took a position, the sources a passage comes from, the call, dates,
 * commitments and topics, and the people and bodies the text names that are not on record yet.
 * Every guess carries its evidence (the words matched, the rule, a confidence).
 */

import { Lexicon } from './lexicon';
import { publisherLine, readoutLeadLine } from './pipeline/publisher';
import { type ProposedCommitment, type StanceGuess } from './pipeline/commitments';
import { countriesNamed } from './pipeline/countries';
import { nameVariants } from './pipeline/people';
import { ImportInputError, MAX_DOCUMENT_CHARS, normalizeText } from './text';
import { Extractor } from './extractor/extractor';
import { uniq } from './extractor/rules';
import type { Extraction, ExtractOptions } from './extractor/types';

export { MIN_DRAFT_CONFIDENCE, ADDRESSED_BY_POST, TURN_SECTION_HEADING, Extractor } from './extractor/extractor';
export { mainClause, LEAD_DATED_TALKS, addDays } from './extractor/recorded-calls';
export { OWN_CABINET, JOINT_TITLE_GUEST, HOSTED_TITLE_GUEST } from './extractor/speakers';
export { GUEST_GIVEN_NAME, SPEAKS_OF_CALL } from './extractor/guests';
export { engagementClause, ENGAGEMENT_COORDINATED, withoutReporter } from './extractor/talks';
export { VERB_WITH_PARTNER, WITH_GROUP_PARTICIPLE, AGREEING_WE, MEETING_AS_SUBJECT } from './extractor/passage';
export { WE_OF_TALKS_NOT_ON_RECORD, TURN_SPEAKER_SOURCE } from './extractor/transcript';
export { SEPARATE_ENGAGEMENTS, ENGAGEMENT_CLAUSE_END, JOINT_LABEL } from './extractor/rules';
export type {
  DraftKind,
  DocumentKind,
  Evidence,
  SourceGuess,
  ProposedOfficial,
  ProposedCall,
  ProposedOrganization,
  Passage,
  ExtractOptions,
  Extraction,
} from './extractor/types';

export type { ProposedCommitment, StanceGuess };

/**
 * PUBLISHER_NAMED_BY_DOCUMENT (round 13): a readout or release imported with no publisher (a copy on a blog or an aggregator,
 * whose host is not on record) names its publisher itself: the body on its lead line ("Pentagon Press Secretary X provided the
 * following readout", READOUT_LEAD_LINE; else the spokesperson's body on record), or the body on record on a publisher line of
 * its own (pipeline/publisher.ts; a body not on record is proposed instead). That body is the publisher, as if imported with it;
 * the host page's date lines and clutter are not.
 */
export function publisherNamedByDocument(lex: Lexicon, text: string, options: ExtractOptions): number | null {
  if (options.publisherId != null || !['READOUT', 'PRESS_RELEASE'].includes(options.kind)) return null;
  // A body's generic name ("Ministry of Defence", "Department of Defense") is that body on record only with its country named
  // beside it ("the Japanese Ministry of Defense", "… of the Republic of Korea"): a British release's "Ministry of Defence" is
  // not Japan's.
  const generic = (name: string) => /^(?:the\s+)?(?:Ministry|Department|Office|Agency)\s+(?:of|for)\b/i.test(name);
  const bodyOf = (line: string, names: string[]) => {
    const named = lex.mentions(line);
    const countries = new Set([
      ...named.filter((m) => m.kind === 'country' && m.countryCode).map((m) => m.countryCode!),
      ...names.flatMap((n) => countriesNamed(n)),
    ]);
    const bodies = uniq(
      named
        .filter((m) => m.kind === 'organization' && m.ids.length === 1)
        .filter((m) => !generic(m.text) || countries.has(lex.organizations.get(m.ids[0])?.countryCode ?? ''))
        .map((m) => m.ids[0]),
    );
    return { named, bodies };
  };
  const lead = readoutLeadLine(text);
  if (lead) {
    const { named, bodies } = bodyOf(lead.line, []);
    if (bodies.length === 1) return bodies[0];
    // …else the body of the spokesperson it names, on record.
    const spokespeople = uniq(
      named
        .filter((m) => m.kind === 'official' && m.ids.length === 1)
        .map((m) => lex.holding(m.ids[0], options.publishedOn)?.organizationId ?? null)
        .filter((id): id is number => id != null),
    );
    if (bodies.length === 0 && spokespeople.length === 1) return spokespeople[0];
  }
  const line = publisherLine(text);
  if (!line) return null;
  const { bodies } = bodyOf(
    text.slice(line.start, line.end) + (line.country ? ` of ${line.country}` : ''),
    line.country ? [line.country] : [],
  );
  return bodies.length === 1 ? bodies[0] : null;
}

/** The whole pipeline on plain text: refuses what is not a document, finds the passages. */
export function extract(lexicon: Lexicon, raw: string, options: ExtractOptions): Extraction {
  const text = normalizeText(raw);
  if (text.length > MAX_DOCUMENT_CHARS)
    throw new ImportInputError(`The document is longer than ${MAX_DOCUMENT_CHARS} characters once extracted`);
  // NAME_VARIANT: an official on record written under another spelling is read as that official, in this document.
  const mentions = lexicon.mentions(text).filter((m) => m.kind === 'official');
  const variants = nameVariants(
    text,
    lexicon.data.officials,
    (start, end) => mentions.some((m) => m.start < end && m.end > start),
    options.publishedOn,
  );
  const lex = variants.length
    ? new Lexicon({
        ...lexicon.data,
        officials: lexicon.data.officials.map((o) => {
          const more = variants.filter((v) => v.officialId === o.id).map((v) => v.alias);
          return more.length ? { ...o, aliases: [...o.aliases, ...more] } : o;
        }),
      })
    : lexicon;
  const named = publisherNamedByDocument(lex, text, options);
  return new Extractor(lex, text, named != null ? { ...options, publisherId: named } : options).run();
}
