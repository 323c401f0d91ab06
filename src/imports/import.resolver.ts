import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import { Call } from '../calls/call.entity';
import { Commitment, CommitmentKind } from '../commitments/commitment.entity';
import type { ProposedCommitment as StoredProposedCommitment } from './pipeline/commitments';
import { Stance } from '../commitments/statement-commitment.entity';
import { Connection, ConnectionArgs } from '../common/connection';
import type { Context } from '../context';
import { Official } from '../officials/official.entity';
import { Capacity } from '../officials/post-holding.entity';
import { Organization } from '../organizations/organization.entity';
import { Country } from '../places/country.entity';
import { Source } from '../sources/source.entity';
import { Statement } from '../statements/statement.entity';
import { Topic } from '../topics/topic.entity';
import { ImportDocument, ImportSentence, SentenceStatus, SkipReason, StatementDraft, TextRestoration, TextVariant } from './import.entity';
import { DraftListArgs } from './import.inputs';
import { aliasesOf, listDrafts, listImports, listTextVariants, restorationsOfStatement, sentencesOf } from './import.service';
import {
  DraftCommitment,
  DraftProposedCommitment,
  DraftSource,
  ImportCall,
  ImportDate,
  ProposedCall,
  ProposedCommitment,
  ProposedOfficial,
  ProposedOrganization,
  ProposedRole,
} from './import.types';

export const ImportDocumentConnection = Connection(ImportDocument);
export const StatementDraftConnection = Connection(StatementDraft);
export const TextVariantConnection = Connection(TextVariant);

const load = <T extends object>(ctx: Context, entity: new () => T, id: number | null | undefined) =>
  id == null ? null : ctx.loaders.byKey<T & { rowId: number }, number>(entity as never).load(id);
const loadAll = async <T extends object>(ctx: Context, entity: new () => T, ids: number[]) =>
  (await Promise.all(ids.map((id) => load(ctx, entity, id)))).filter((x): x is NonNullable<typeof x> => x != null);

/** A stored proposal as the API shows it: imports made before kinds and rules were recorded proposed treaty articles only. */
const proposedCommitmentView = (p: StoredProposedCommitment) => ({
  ...p,
  kind: (p.kind ?? 'MUTUAL_DEFENSE') as CommitmentKind,
  rule: p.rule ?? null,
});

/** The call a document reports that is not on record, with its participants. */
/** A proposed official as a draft shows it: with the roles it has in that draft (author, party, both, or none). */
function proposedUnder<P extends { key: string; capacity: string }>(draft: StatementDraft, p: P) {
  return {
    ...p,
    capacity: p.capacity as Capacity,
    roles: [
      ...(draft.proposals.speakers.includes(p.key) ? [ProposedRole.AUTHOR] : []),
      ...(draft.proposals.parties.includes(p.key) ? [ProposedRole.PARTY] : []),
    ],
  };
}

async function proposedCallOf(ctx: Context, doc: ImportDocument | null) {
  const p = doc?.analysis.proposedCall;
  if (!doc || !p) return null;
  return {
    ...p,
    missing: p.missing ?? null,
    call: p.callId == null ? null : await load(ctx, Call, p.callId),
    participants: await loadAll(ctx, Official, p.participantIds),
    proposedParticipants: doc.analysis.proposedOfficials
      .filter((o) => p.proposedParticipants.includes(o.key))
      .map((o) => ({ ...o, capacity: o.capacity as Capacity, roles: [] })),
  };
}

/** Imported documents and drafts are editors' work: every query and field here needs an EDITOR key. */
@Authorized(Role.EDITOR)
@Resolver(() => ImportDocument)
export class ImportDocumentResolver {
  @Query(() => ImportDocumentConnection, { description: 'Imported documents, most recent first.' })
  importDocuments(@Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listImports(ctx, page);
  }

  @Query(() => StatementDraftConnection, { description: 'Draft statements found by imports, in document order.' })
  statementDrafts(@Ctx() ctx: Context, @Args() { filter, ...page }: DraftListArgs) {
    return listDrafts(ctx, page, filter);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Publisher given at import.' })
  publisher(@Root() doc: ImportDocument, @Ctx() ctx: Context) {
    return load(ctx, Organization, doc.publisherId);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'The document as a source, recorded when its first draft is accepted.' })
  source(@Root() doc: ImportDocument, @Ctx() ctx: Context) {
    return load(ctx, Source, doc.sourceId);
  }

  @FieldResolver(() => Int, { description: 'Number of sentences read.' })
  sentenceCount(@Root() doc: ImportDocument) {
    return doc.analysis.sentenceCount;
  }

  @FieldResolver(() => String, {
    description:
      'How the text was found: "text" (pasted text), "readability" (the article of a page), "body" (a page where no article was found: all its text), or "flattened" (a page nested too deep or with too many elements for a DOM: its tags removed, navigation and clutter kept).',
  })
  extractionMethod(@Root() doc: ImportDocument) {
    return doc.analysis.method;
  }

  @FieldResolver(() => [ImportDate], { description: 'Dates the text gives.' })
  dates(@Root() doc: ImportDocument) {
    return doc.analysis.dates;
  }

  @FieldResolver(() => [ImportCall], { description: 'Recorded calls the text is about (participants named, date near).' })
  async calls(@Root() doc: ImportDocument, @Ctx() ctx: Context) {
    const calls = await loadAll(
      ctx,
      Call,
      doc.analysis.calls.map((c) => c.callId),
    );
    return doc.analysis.calls.flatMap((c) => {
      const call = calls.find((x) => x.rowId === c.callId);
      return call ? [{ ...c, call }] : [];
    });
  }

  @FieldResolver(() => [ProposedOfficial], { description: 'People the text names who are not on record.' })
  proposedOfficials(@Root() doc: ImportDocument) {
    return doc.analysis.proposedOfficials.map((p) => ({ ...p, capacity: p.capacity as Capacity, roles: [] }));
  }

  @FieldResolver(() => [ProposedOrganization], { description: 'Organizations the text names that are not on record.' })
  proposedOrganizations(@Root() doc: ImportDocument) {
    return doc.analysis.proposedOrganizations;
  }

  @FieldResolver(() => [ProposedCommitment], {
    description: 'Commitments the text names that the dataset lacks (created on acceptance of a draft that needs them).',
  })
  proposedCommitments(@Root() doc: ImportDocument) {
    return (doc.analysis.proposedCommitments ?? []).map(proposedCommitmentView);
  }

  @FieldResolver(() => ProposedCall, {
    nullable: true,
    description: 'The call or meeting the text reports when none on record matched it.',
  })
  proposedCall(@Root() doc: ImportDocument, @Ctx() ctx: Context) {
    return proposedCallOf(ctx, doc);
  }

  @FieldResolver(() => [ImportSentence], {
    description:
      'Every sentence of the document in order, with what became of it: DRAFTED, or SKIPPED with a reason (nothing is dropped silently). An editor turns a skipped one into a draft with draftSentence.',
  })
  sentences(
    @Root() doc: ImportDocument,
    @Ctx() ctx: Context,
    @Arg('statuses', () => [SentenceStatus], { nullable: true, description: 'Only sentences of these statuses.' })
    statuses?: SentenceStatus[] | null,
    @Arg('reasons', () => [SkipReason], { nullable: true, description: 'Only skipped sentences with these reasons.' })
    reasons?: SkipReason[] | null,
  ) {
    return sentencesOf(ctx, doc.rowId, statuses, reasons);
  }

  @FieldResolver(() => StatementDraftConnection, { description: 'The drafts found in it, in document order.' })
  drafts(@Root() doc: ImportDocument, @Ctx() ctx: Context, @Args() { filter, ...page }: DraftListArgs) {
    return listDrafts(ctx, page, filter, doc.rowId);
  }
}

@Authorized(Role.EDITOR)
@Resolver(() => StatementDraft)
export class StatementDraftResolver {
  @FieldResolver(() => ImportDocument, { description: 'The document it was found in.' })
  importDocument(@Root() draft: StatementDraft, @Ctx() ctx: Context) {
    return load(ctx, ImportDocument, draft.importId);
  }

  @FieldResolver(() => [Official], { description: 'Officials who authored the words (a quote, a press conference), as guessed.' })
  speakers(@Root() draft: StatementDraft, @Ctx() ctx: Context) {
    return loadAll(ctx, Official, draft.speakerIds);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'Organization that authored the words (a readout or release in the third person), as guessed.',
  })
  attributedOrganization(@Root() draft: StatementDraft, @Ctx() ctx: Context) {
    return load(ctx, Organization, draft.attributedOrganizationId);
  }

  @FieldResolver(() => ProposedOrganization, {
    nullable: true,
    description:
      'Organization that authored the words when it is not on record: the publisher a release names of itself (e.g. on its last line), created on acceptance with its country unless the editor sets attributedOrganizationId.',
  })
  async proposedAttributedOrganization(@Root() draft: StatementDraft, @Ctx() ctx: Context) {
    const key = draft.proposals.organization;
    if (!key) return null;
    return (await load(ctx, ImportDocument, draft.importId))?.analysis.proposedOrganizations.find((o) => o.key === key) ?? null;
  }

  @FieldResolver(() => [Official], { description: 'Officials the text says took the position, as guessed.' })
  parties(@Root() draft: StatementDraft, @Ctx() ctx: Context) {
    return loadAll(ctx, Official, draft.partyIds);
  }

  @FieldResolver(() => [ProposedOfficial], { description: 'Authors or parties not on record, created on acceptance.' })
  async proposedOfficials(@Root() draft: StatementDraft, @Ctx() ctx: Context) {
    const doc = await load(ctx, ImportDocument, draft.importId);
    const keys = new Set([...draft.proposals.speakers, ...draft.proposals.parties]);
    return (doc?.analysis.proposedOfficials ?? []).filter((p) => keys.has(p.key)).map((p) => proposedUnder(draft, p));
  }

  @FieldResolver(() => Call, { nullable: true, description: 'The call, as guessed.' })
  call(@Root() draft: StatementDraft, @Ctx() ctx: Context) {
    return load(ctx, Call, draft.callId);
  }

  @FieldResolver(() => DraftSource, { description: 'The source the words originate from, as guessed.' })
  async originatingSource(@Root() draft: StatementDraft, @Ctx() ctx: Context): Promise<DraftSource> {
    const g = draft.sourceGuess;
    const doc = g.proposedPublisher || g.proposedSpeaker ? await load(ctx, ImportDocument, draft.importId) : null;
    // PROPOSED_SPEAKER: a press conference's speaker not on record.
    const speaker = g.proposedSpeaker ? doc?.analysis.proposedOfficials.find((o) => o.key === g.proposedSpeaker) : undefined;
    return {
      kind: g.kind as DraftSource['kind'],
      label: g.label,
      isDocument: g.isDocument,
      publisher: await load(ctx, Organization, g.publisherId),
      speaker: await load(ctx, Official, g.speakerId),
      call: await load(ctx, Call, g.callId),
      proposedPublisher: doc?.analysis.proposedOrganizations.find((o) => o.key === g.proposedPublisher) ?? null,
      proposedSpeaker: speaker ? proposedUnder(draft, speaker) : null,
    };
  }

  @FieldResolver(() => [DraftCommitment], { description: 'Commitments the words touch, as guessed.' })
  async commitments(@Root() draft: StatementDraft, @Ctx() ctx: Context) {
    const rows = await loadAll(
      ctx,
      Commitment,
      draft.commitments.map((c) => c.id),
    );
    return draft.commitments.flatMap((c) => {
      const commitment = rows.find((r) => r.rowId === c.id);
      return commitment ? [{ commitment, stance: c.stance as Stance }] : [];
    });
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the draft has no call because the call or meeting the document reports is not on record: ImportDocument.proposedCall describes it, for an editor to record. False for words the import reads as not about the talks (an answer on another subject, remarks before a legislature).',
  })
  async proposedCall(@Root() draft: StatementDraft, @Ctx() ctx: Context) {
    if (draft.callId != null || draft.proposals.offTalks) return false;
    return (await load(ctx, ImportDocument, draft.importId))?.analysis.proposedCall != null;
  }

  @FieldResolver(() => [DraftProposedCommitment], {
    description: 'Commitments the words touch that the dataset lacks: created on acceptance.',
  })
  async proposedCommitments(@Root() draft: StatementDraft, @Ctx() ctx: Context) {
    const wanted = draft.proposals.commitments ?? [];
    if (wanted.length === 0) return [];
    const doc = await load(ctx, ImportDocument, draft.importId);
    return wanted.flatMap((c) => {
      const commitment = doc?.analysis.proposedCommitments?.find((p) => p.key === c.key);
      return commitment ? [{ commitment: proposedCommitmentView(commitment), stance: c.stance as Stance }] : [];
    });
  }

  @FieldResolver(() => [Topic], { description: 'Topics the words touch, as guessed.' })
  topics(@Root() draft: StatementDraft, @Ctx() ctx: Context) {
    return loadAll(ctx, Topic, draft.topicIds);
  }

  @FieldResolver(() => Statement, { nullable: true, description: 'The statement recorded from it, once accepted.' })
  statement(@Root() draft: StatementDraft, @Ctx() ctx: Context) {
    return load(ctx, Statement, draft.statementId);
  }
}

@Resolver(() => ImportSentence)
export class ImportSentenceResolver {
  @FieldResolver(() => String, { description: 'The sentence as the document has it.' })
  async text(@Root() sentence: ImportSentence, @Ctx() ctx: Context) {
    const doc = await load(ctx, ImportDocument, sentence.importId);
    return doc?.text.slice(sentence.startOffset, sentence.endOffset) ?? '';
  }

  @FieldResolver(() => ImportDocument, { description: 'The document it is in.' })
  importDocument(@Root() sentence: ImportSentence, @Ctx() ctx: Context) {
    return load(ctx, ImportDocument, sentence.importId);
  }

  @FieldResolver(() => [StatementDraft], { description: 'The drafts that cover it (none when skipped).' })
  drafts(@Root() sentence: ImportSentence, @Ctx() ctx: Context) {
    return loadAll(ctx, StatementDraft, sentence.draftIds);
  }
}

const ALIASES = 'Other names the document import matches it by (editors change them with addAlias and removeAlias).';

/** The import's vocabulary is public, like the record it restores words for. */
@Resolver(() => TextVariant)
export class TextVariantResolver {
  @Query(() => TextVariantConnection, { description: 'Wording variants the import restores (spun wording → real wording).' })
  textVariants(@Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listTextVariants(ctx, page);
  }
}

@Resolver(() => Country)
export class CountryAliasResolver {
  @FieldResolver(() => [String], { description: ALIASES })
  aliases(@Root() country: Country, @Ctx() ctx: Context) {
    return aliasesOf(ctx, 'country_code', country.code.trim());
  }
}

@Resolver(() => Commitment)
export class CommitmentAliasResolver {
  @FieldResolver(() => [String], { description: `${ALIASES} "A + B" needs both phrases in a passage.` })
  aliases(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return aliasesOf(ctx, 'commitment_id', commitment.rowId);
  }
}

@Resolver(() => Topic)
export class TopicAliasResolver {
  @FieldResolver(() => [String], { description: ALIASES })
  aliases(@Root() topic: Topic, @Ctx() ctx: Context) {
    return aliasesOf(ctx, 'topic_id', topic.rowId);
  }
}

@Resolver(() => Statement)
export class StatementRestorationResolver {
  @FieldResolver(() => [TextRestoration], {
    description:
      'Text variants that restored spun wording in these words when the statement was accepted from an imported draft (what the document said, what the text says, and the variant); empty for statements recorded otherwise.',
  })
  textRestorations(@Root() statement: Statement, @Ctx() ctx: Context) {
    return restorationsOfStatement(ctx, statement.rowId);
  }
}

@Resolver(() => TextRestoration)
export class TextRestorationResolver {
  @FieldResolver(() => TextVariant, {
    nullable: true,
    description: 'The text variant that restored the words (who added it is in the audit log); null when it was removed since.',
  })
  textVariant(@Root() restoration: TextRestoration, @Ctx() ctx: Context) {
    return load(ctx, TextVariant, restoration.variantId);
  }
}
