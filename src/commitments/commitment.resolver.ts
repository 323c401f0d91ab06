import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { connectionNodePlan } from '../read/prefetch';
import { Connection } from '../common/connection';
import type { Context } from '../context';
import { DateScalar } from '../common/scalars';
import { Country } from '../places/country.entity';
import { Territory } from '../places/territory.entity';
import { Treaty } from '../places/treaty.entity';
import { Statement } from '../statements/statement.entity';
import { StatementListArgs } from '../statements/statement.inputs';
import { StatementConnection } from '../statements/statement.types';
import { listStatementsOf } from '../statements/statement.service';
import { Commitment } from './commitment.entity';
import { CommitmentListArgs, HistoryArgs } from './commitment.inputs';
import { affirmationSummary, listCommitments } from './commitment.service';
import { StatementCommitment } from './statement-commitment.entity';
import { commitmentRelations, statementCommitmentRelations } from '../read/relations';

export const CommitmentConnection = Connection(Commitment);
export const StatementCommitmentConnection = Connection(StatementCommitment);

@Resolver(() => Commitment)
export class CommitmentResolver {
  @Query(() => CommitmentConnection, { description: 'Commitments, filtered and ordered (by title by default).' })
  commitments(@Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: CommitmentListArgs, @Info() info: GraphQLResolveInfo) {
    return listCommitments(ctx, page, filter, orderBy, connectionNodePlan(ctx, info, Commitment));
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Date of the earliest statement affirming or reaffirming it.' })
  async firstAffirmedOn(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return (await affirmationSummary(ctx, commitment.rowId)).firstAffirmedOn;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Date of the latest statement affirming or reaffirming it.' })
  async lastAffirmedOn(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return (await affirmationSummary(ctx, commitment.rowId)).lastAffirmedOn;
  }

  @FieldResolver(() => Int, { description: 'Number of statements affirming or reaffirming it.' })
  async affirmationCount(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return (await affirmationSummary(ctx, commitment.rowId)).affirmationCount;
  }

  @FieldResolver(() => Country, { description: 'The country that makes the commitment.' })
  guarantor(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return commitmentRelations.guarantor.load(ctx, commitment);
  }

  @FieldResolver(() => Country, { description: 'The country the commitment is made to.' })
  beneficiary(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return commitmentRelations.beneficiary.load(ctx, commitment);
  }

  @FieldResolver(() => Treaty, { nullable: true, description: 'The treaty it rests on.' })
  treaty(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return commitmentRelations.treaty.load(ctx, commitment);
  }

  @FieldResolver(() => Territory, { nullable: true, description: 'The territory it covers.' })
  territory(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return commitmentRelations.territory.load(ctx, commitment);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements that touch the commitment, earliest first.' })
  statements(@Root() commitment: Commitment, @Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: StatementListArgs) {
    return listStatementsOf(ctx, 'commitment', commitment.rowId, page, filter, orderBy);
  }

  @FieldResolver(() => StatementCommitmentConnection, {
    description: "The commitment's history: every statement on it with its stance (in date order by default).",
  })
  history(@Root() commitment: Commitment, @Ctx() ctx: Context, @Args() { orderBy, ...page }: HistoryArgs) {
    return commitmentRelations.history.load(ctx, commitment, { ...page, orderBy });
  }
}

@Resolver(() => StatementCommitment)
export class StatementCommitmentResolver {
  @FieldResolver(() => Statement, { description: 'The statement.' })
  statement(@Root() link: StatementCommitment, @Ctx() ctx: Context) {
    return statementCommitmentRelations.statement.load(ctx, link);
  }

  @FieldResolver(() => Commitment, { description: 'The commitment.' })
  commitment(@Root() link: StatementCommitment, @Ctx() ctx: Context) {
    return statementCommitmentRelations.commitment.load(ctx, link);
  }
}
