import { Field, Int, ObjectType } from 'type-graphql';
import { Commitment } from '../../commitments/commitment.entity';
import { CommitmentAffirmation } from '../timeline/timeline.types';

@ObjectType({ description: 'A commitment between the two countries with its latest statement.' })
export class PairCommitment {
  @Field(() => Commitment, { description: 'The commitment (either direction).' })
  commitment: Commitment;

  @Field(() => Int, { description: 'Number of statements affirming or reaffirming it.' })
  affirmationCount: number;

  @Field(() => CommitmentAffirmation, { nullable: true, description: 'The latest statement affirming or reaffirming it; null if none.' })
  latestAffirmation: CommitmentAffirmation | null;
}

@ObjectType({ description: "Everything between two countries: calls, each side's statements, commitments both ways, open omissions." })
export class CountryPair {
  /** The two codes, in the order asked; the fields are resolved by CountryPairResolver. */
  codes: [string, string];
}
