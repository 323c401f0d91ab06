import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { FilteredArgs, OrderedArgs } from '../common/ordering';
import { PayloadOf } from '../write/mutation-types';
import { DateScalar } from '../common/scalars';
import { Commitment, CommitmentKind } from './commitment.entity';
import { commitmentOrders, historyOrders } from './commitment.queries';

@InputType({ description: 'Narrows a list of commitments. Fields combine with AND; a list means "any of".' })
export class CommitmentFilter {
  @Field(() => [String], { nullable: true, description: 'ISO codes of the guarantor country.' })
  guarantors?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO codes of the beneficiary country.' })
  beneficiaries?: string[] | null;

  @Field(() => [CommitmentKind], { nullable: true, description: 'Kinds of commitment.' })
  kinds?: CommitmentKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Treaties the commitment rests on.' })
  treatyIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Territories the commitment covers.' })
  territoryIds?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Affirmed or reaffirmed by a statement made on or after this date.' })
  affirmedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Affirmed or reaffirmed by a statement made on or before this date.' })
  affirmedTo?: string | null;
}

export const CommitmentOrder = commitmentOrders.values;
export type CommitmentOrder = keyof typeof CommitmentOrder;

@ArgsType()
export class CommitmentListArgs extends FilteredArgs(CommitmentFilter, CommitmentOrder, CommitmentOrder.TITLE_ASC) {}

@ArgsType()
export class HistoryArgs extends OrderedArgs(historyOrders.values, 'STATEMENT_DATE_ASC') {}

/** The fields of createCommitment and updateCommitment. */
export class CommitmentFields {
  @Field({ description: 'Short statement of the commitment; at most 300 characters, unique.' })
  title: string;

  @Field(() => CommitmentKind, { description: 'What it promises.' })
  kind: CommitmentKind;

  @Field(() => String, { nullable: true, description: 'Longer description; at most 5000 characters.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Article of the treaty it rests on, e.g. "Article V"; needs treatyId.' })
  article?: string | null;

  @Field({ description: 'ISO code of the country that makes the commitment.' })
  guarantorCode: string;

  @Field({ description: 'ISO code of the country it is made to; not the guarantor.' })
  beneficiaryCode: string;

  @Field(() => ID, { nullable: true, description: 'Id of the treaty it rests on.' })
  treatyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the territory it covers.' })
  territoryId?: string | null;
}

export const CommitmentPayload = PayloadOf('commitment', Commitment);
