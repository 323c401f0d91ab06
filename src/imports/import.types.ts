import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Call } from '../calls/call.entity';
import { Commitment, CommitmentKind } from '../commitments/commitment.entity';
import { Stance } from '../commitments/statement-commitment.entity';
import { DateScalar } from '../common/scalars';
import { Capacity } from '../officials/post-holding.entity';
import { Official } from '../officials/official.entity';
import { Organization } from '../organizations/organization.entity';
import { SourceKind } from '../sources/source.entity';

@ObjectType({ description: 'A commitment a draft touches, with the stance guessed.' })
export class DraftCommitment {
  @Field(() => Commitment, { description: 'The commitment.' })
  commitment: Commitment;

  @Field(() => Stance, { description: 'Affirms, reaffirms, qualifies or withdraws.' })
  stance: Stance;
}

@ObjectType({
  description: 'The source a draft originates from, as the text describes it; recorded (or matched to a recorded one) on acceptance.',
})
export class DraftSource {
  @Field(() => SourceKind, { description: 'Readout, release, press conference…' })
  kind: SourceKind;

  @Field({ description: 'How the text refers to it, e.g. "A Pentagon readout".' })
  label: string;

  @Field({ description: 'True when it is the imported document itself; else the document reports it.' })
  isDocument: boolean;

  @Field(() => Organization, { nullable: true, description: 'Its publisher, when known.' })
  publisher: Organization | null;

  @Field(() => ProposedOrganization, { nullable: true, description: 'Its publisher, when not on record: created on acceptance.' })
  proposedPublisher: ProposedOrganization | null;

  @Field(() => Official, { nullable: true, description: 'The speaker, for a press conference.' })
  speaker: Official | null;

  @Field(() => ProposedOfficial, {
    nullable: true,
    description:
      'The speaker, for a press conference, when not on record: the proposed official (created when a draft naming them is accepted).',
  })
  proposedSpeaker: ProposedOfficial | null;

  @Field(() => Call, { nullable: true, description: 'The call it is about.' })
  call: Call | null;
}

export enum ProposedRole {
  AUTHOR = 'AUTHOR',
  PARTY = 'PARTY',
}
registerEnumType(ProposedRole, {
  name: 'ProposedRole',
  description: 'What a proposed official is to a draft.',
  valuesConfig: { AUTHOR: { description: 'Authored the words.' }, PARTY: { description: 'Took the position.' } },
});

@ObjectType({ description: 'A person the document names who is not on record: created when a draft that needs them is accepted.' })
export class ProposedOfficial {
  @Field({ description: 'Name as the document gives it.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Title the document gives them.' })
  title: string | null;

  @Field(() => Capacity, { description: 'ACTING when the document says so.' })
  capacity: Capacity;

  @Field(() => String, { nullable: true, description: 'Country (ISO code) the document places them in, when it does.' })
  countryCode: string | null;

  @Field({ description: 'The words it was found in.' })
  span: string;

  @Field(() => [ProposedRole], {
    description: 'Under a draft: whether they authored its words, took its position, or both; empty under the document.',
  })
  roles: ProposedRole[];
}

@ObjectType({ description: 'An organization the document names that is not on record.' })
export class ProposedOrganization {
  @Field({ description: 'Name as the document gives it.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Country (ISO code), when the document says.' })
  countryCode: string | null;

  @Field({ description: 'The words it was found in.' })
  span: string;
}

@ObjectType({ description: 'A date the document gives.' })
export class ImportDate {
  @Field({ description: 'The words, e.g. "on Friday".' })
  text: string;

  @Field(() => DateScalar, { description: 'The date they mean (a weekday: the last such day on or before publication).' })
  date: string;

  @Field({ description: 'How it was read.' })
  rule: string;
}

@ObjectType({ description: 'A recorded call the document is about.' })
export class ImportCall {
  @Field(() => Call, { description: 'The call.' })
  call: Call;

  @Field({ description: 'Words that identified it.' })
  span: string;

  @Field({ description: 'The rule that matched.' })
  rule: string;

  @Field(() => Float, { description: 'From 0 to 1.' })
  confidence: number;
}

@ObjectType({
  description:
    'A commitment the document names that the dataset lacks (e.g. an article of a treaty not on record): created when a draft that needs it is accepted, never matched to a different one.',
})
export class ProposedCommitment {
  @Field({ description: 'Title it would be recorded with, e.g. "Article IV of the U.S.-Philippines Mutual Defense Treaty".' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'The article as written, normalised to Roman numerals ("Article IV"); null for a commitment that is not a treaty article.',
  })
  article: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The treaty as the document names it; null for a commitment that is not a treaty article.',
  })
  treaty: string | null;

  @Field(() => CommitmentKind, {
    description:
      'What it would promise: MUTUAL_DEFENSE for a treaty article or "commitment to the defense of <country>", EXTENDED_DETERRENCE, SECURITY_ASSURANCE ("freedom of navigation in the South China Sea"), FORCE_POSTURE ("upgrade of U.S. Forces Japan to a joint force headquarters").',
  })
  kind: CommitmentKind;

  @Field(() => String, { nullable: true, description: 'The rule that proposed it (null in imports made before rules were recorded).' })
  rule: string | null;

  @Field(() => [String], {
    description:
      'Guarantor and beneficiary (ISO codes): for a treaty, the countries it names, the first (the United States when among them) taken as guarantor.',
  })
  countryCodes: string[];

  @Field({ description: 'The words it was found in.' })
  span: string;
}

@ObjectType({ description: 'A proposed commitment a draft touches, with the stance guessed.' })
export class DraftProposedCommitment {
  @Field(() => ProposedCommitment, { description: 'The commitment, created on acceptance.' })
  commitment: ProposedCommitment;

  @Field(() => Stance, { description: 'Affirms, reaffirms, qualifies or withdraws.' })
  stance: Stance;
}

@ObjectType({
  description:
    'A call or meeting the document reports that is not on record: for an editor to record (recordCall), then to set on the drafts.',
})
export class ProposedCall {
  @Field(() => [Official], { description: 'Participants on record.' })
  participants: Official[];

  @Field(() => [ProposedOfficial], { description: 'Participants not on record (created when a draft that names them is accepted).' })
  proposedParticipants: ProposedOfficial[];

  @Field(() => DateScalar, { nullable: true, description: 'Its date as the text gives it, else the publication date.' })
  date: string | null;

  @Field({ description: 'The sentence that reports it.' })
  span: string;

  @Field({ description: 'The rule that proposed it.' })
  rule: string;

  @Field(() => String, {
    nullable: true,
    description:
      'What the editor must add before it can be recorded: set when the text names one side of the talks only (the other a title, a country or a body). Accepting a draft then records no call; record the other participant and the call, and set it on the statement. Null when the participants are complete.',
  })
  missing: string | null;

  @Field(() => Call, {
    nullable: true,
    description:
      "The call recorded for it when the first draft that proposes it was accepted (with its participants, proposed ones created); the document's other drafts that propose it are accepted with this call. Null until then.",
  })
  call: Call | null;
}
