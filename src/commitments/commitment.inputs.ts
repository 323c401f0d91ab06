import { Field, ID } from 'type-graphql';
import { Payload } from '../common/mutation';
import { Commitment, CommitmentKind } from './commitment.entity';

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

export const CommitmentPayload = Payload('commitment', Commitment);
