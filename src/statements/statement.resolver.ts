import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { edgeFieldsSelected } from '../common/selection';
import { connectionNodePlan } from '../read/prefetch';
import { Call } from '../calls/call.entity';
import { Commitment } from '../commitments/commitment.entity';
import { StatementCommitment } from '../commitments/statement-commitment.entity';
import type { Context } from '../context';
import { Organization } from '../organizations/organization.entity';
import { organizationOf } from '../organizations/organization.queries';
import { Source } from '../sources/source.entity';
import { Topic } from '../topics/topic.entity';
import { Statement } from './statement.entity';
import { SearchArgs, StatementListArgs } from './statement.inputs';
import { partiesOf, reportingSourcesOf, speakersOf, topicsOf, withTitles } from './statement.queries';
import { listStatements, searchStatements } from './statement.service';
import { StatementConnection, StatementParty, StatementSearchConnection, StatementSpeaker } from './statement.types';

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, { description: 'Statements, filtered and ordered (earliest first by default).' })
  statements(@Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: StatementListArgs, @Info() info: GraphQLResolveInfo) {
    return listStatements(ctx, page, filter, orderBy, undefined, false, connectionNodePlan(ctx, info, Statement));
  }

  @Query(() => StatementSearchConnection, { description: 'Ranked full-text search over statements: their words, speakers and sources.' })
  search(@Ctx() ctx: Context, @Args() { text, filter, orderBy, ...page }: SearchArgs, @Info() info: GraphQLResolveInfo) {
    return searchStatements(ctx, text, page, filter, orderBy, edgeFieldsSelected(info), connectionNodePlan(ctx, info, Statement));
  }

  @FieldResolver(() => [StatementSpeaker], {
    description:
      'Authors who are officials: who spoke or wrote the words (a direct quote, a press conference), each with the title held that day. ' +
      'Empty for a readout or release written in the third person, whose author is `attributedOrganization`; whom such a text reports is in `parties`.',
  })
  async speakers(@Root() statement: Statement, @Ctx() ctx: Context): Promise<StatementSpeaker[]> {
    return withTitles(ctx, await speakersOf(ctx, statement.rowId), statement.date);
  }

  @FieldResolver(() => [StatementParty], {
    description:
      'Officials the text says took a position ("Secretary Hegseth reaffirmed …", "the two defense chiefs agreed …"), in the order it names them, ' +
      "each with the title held that day. What a source says a party did is not what the party said: `reportedPositions` says whether the party's own side confirms it. " +
      'Set whenever the text attributes a stance or view to someone, including a counterpart the speaker reports (Nakatani on "the unwavering commitment ' +
      'of the U.S." names Hegseth); empty only when the text attributes no position, and then the statement yields no reported position.',
  })
  async parties(@Root() statement: Statement, @Ctx() ctx: Context): Promise<StatementParty[]> {
    return withTitles(ctx, await partiesOf(ctx, statement.rowId), statement.date);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description:
      'The organization that authored the words, e.g. the ministry whose readout or release states them in the third person; null when officials are the only authors.',
  })
  attributedOrganization(@Root() statement: Statement, @Ctx() ctx: Context) {
    return organizationOf(ctx, statement.attributedOrganizationId);
  }

  @FieldResolver(() => Source, { description: 'The document the statement originates from.' })
  source(@Root() statement: Statement, @Ctx() ctx: Context) {
    return ctx.loaders.byKey<Source, number>(Source).load(statement.sourceId);
  }

  @FieldResolver(() => [Source], { description: 'Other documents that report the statement, e.g. news articles quoting a release.' })
  reportedIn(@Root() statement: Statement, @Ctx() ctx: Context) {
    return reportingSourcesOf(ctx, statement.rowId);
  }

  @FieldResolver(() => Call, { nullable: true, description: 'The call the statement was made in or about.' })
  call(@Root() statement: Statement, @Ctx() ctx: Context) {
    return statement.callId == null ? null : ctx.loaders.byKey<Call, number>(Call).load(statement.callId);
  }

  @FieldResolver(() => [StatementCommitment], { description: 'Commitments the statement touches, with its stance on each.' })
  commitments(@Root() statement: Statement, @Ctx() ctx: Context) {
    return ctx.loaders
      .manyBy<StatementCommitment, number>(StatementCommitment, 'statementId', 'e.id', { entity: Commitment, property: 'commitmentId' })
      .load(statement.rowId);
  }

  @FieldResolver(() => [Topic], { description: 'Topics the statement touches.' })
  topics(@Root() statement: Statement, @Ctx() ctx: Context) {
    return topicsOf(ctx, statement.rowId);
  }
}
