import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { edgeFieldsSelected } from '../common/selection';
import { connectionNodePlan } from '../read/prefetch';
import { Call } from '../calls/call.entity';
import { StatementCommitment } from '../commitments/statement-commitment.entity';
import type { Context } from '../context';
import { Organization } from '../organizations/organization.entity';
import { Source } from '../sources/source.entity';
import { Topic } from '../topics/topic.entity';
import { Statement } from './statement.entity';
import { SearchArgs, StatementListArgs } from './statement.inputs';
import { listStatements, searchStatements } from './statement.service';
import { StatementConnection, StatementParty, StatementSearchConnection, StatementSpeaker } from './statement.types';
import { statementRelations } from '../read/relations';

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
    return statementRelations.speakers.load(ctx, statement);
  }

  @FieldResolver(() => [StatementParty], {
    description:
      'Officials the text says took a position ("Secretary Hegseth reaffirmed …", "the two defense chiefs agreed …"), in the order it names them, ' +
      "each with the title held that day. What a source says a party did is not what the party said: `reportedPositions` says whether the party's own side confirms it. " +
      'Set whenever the text attributes a stance or view to someone, including a counterpart the speaker reports (Nakatani on "the unwavering commitment ' +
      'of the U.S." names Hegseth); empty only when the text attributes no position, and then the statement yields no reported position.',
  })
  async parties(@Root() statement: Statement, @Ctx() ctx: Context): Promise<StatementParty[]> {
    return statementRelations.parties.load(ctx, statement);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description:
      'The organization that authored the words, e.g. the ministry whose readout or release states them in the third person; null when officials are the only authors.',
  })
  attributedOrganization(@Root() statement: Statement, @Ctx() ctx: Context) {
    return statementRelations.attributedOrganization.load(ctx, statement);
  }

  @FieldResolver(() => Source, { description: 'The document the statement originates from.' })
  source(@Root() statement: Statement, @Ctx() ctx: Context) {
    return statementRelations.source.load(ctx, statement);
  }

  @FieldResolver(() => [Source], { description: 'Other documents that report the statement, e.g. news articles quoting a release.' })
  reportedIn(@Root() statement: Statement, @Ctx() ctx: Context) {
    return statementRelations.reportedIn.load(ctx, statement);
  }

  @FieldResolver(() => Call, { nullable: true, description: 'The call the statement was made in or about.' })
  call(@Root() statement: Statement, @Ctx() ctx: Context) {
    return statementRelations.call.load(ctx, statement);
  }

  @FieldResolver(() => [StatementCommitment], { description: 'Commitments the statement touches, with its stance on each.' })
  commitments(@Root() statement: Statement, @Ctx() ctx: Context) {
    return statementRelations.commitments.load(ctx, statement);
  }

  @FieldResolver(() => [Topic], { description: 'Topics the statement touches.' })
  topics(@Root() statement: Statement, @Ctx() ctx: Context) {
    return statementRelations.topics.load(ctx, statement);
  }
}
