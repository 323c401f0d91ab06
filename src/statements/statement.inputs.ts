import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Stance } from '../commitments/statement-commitment.entity';
import { MutationInput, MutationPayload } from '../common/mutation';
import { DateScalar } from '../common/scalars';
import { Source } from '../sources/source.entity';
import { NewSourceInput } from '../sources/source.inputs';
import type { SourceFields } from '../sources/source.inputs';
import { Statement, StatementKind } from './statement.entity';

@InputType({ description: 'A commitment a statement touches, and how.' })
export class StatementCommitmentInput {
  @Field(() => ID, { description: 'Id of the commitment.' })
  commitmentId: string;

  @Field(() => Stance, { description: 'Whether the statement affirms, reaffirms, qualifies or withdraws it.' })
  stance: Stance;
}

@InputType({ description: 'A statement with everything it comes with: its source (existing or new), speakers, call, commitments, topics and the sources that report it.' })
export class AddStatementInput extends MutationInput {
  @Field({ description: 'The words, verbatim for a direct quote; at most 10000 characters, unique within the source.' })
  text: string;

  @Field(() => StatementKind, { description: 'Direct quote or paraphrase.' })
  kind: StatementKind;

  @Field(() => DateScalar, { description: 'Date the statement was made, in the speaker\'s time zone; not after tomorrow, nor more than a day after its source was published.' })
  date: string;

  @Field(() => ID, { nullable: true, description: 'Id of the source it originates from; give this or newSource.' })
  sourceId?: string | null;

  @Field(() => NewSourceInput, { nullable: true, description: 'A source to record with it; give this or sourceId.' })
  newSource?: SourceFields | null;

  @Field(() => ID, { nullable: true, description: 'Id of the call it was made in or about.' })
  callId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the officials who spoke, in order. A statement needs speakers, an attributed organization, or both.' })
  speakerIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Id of the organization it is attributed to, e.g. when a ministry speaks without naming anyone.' })
  attributedOrganizationId?: string | null;

  @Field(() => [StatementCommitmentInput], { nullable: true, description: 'Commitments it touches, each once, with its stance.' })
  commitments?: StatementCommitmentInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the topics it touches.' })
  topicIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of other sources that report it, e.g. news articles quoting the release; not its own source.' })
  reportedInSourceIds?: string[] | null;
}

@ObjectType({ description: 'What addStatement returns.' })
export class AddStatementPayload extends MutationPayload {
  @Field(() => Statement, { description: 'The statement as recorded.' })
  statement: Statement;

  @Field(() => Source, { description: 'The source it originates from (the new one, when newSource was given).' })
  source: Source;
}
