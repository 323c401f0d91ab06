import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Field, FieldResolver, Float, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { edgeFieldsSelected } from '../common/selection';
import { Call } from '../calls/call.entity';
import { Commitment } from '../commitments/commitment.entity';
import { StatementCommitment } from '../commitments/statement-commitment.entity';
import { Connection, PageInfo } from '../common/connection';
import type { Context } from '../context';
import { Official } from '../officials/official.entity';
import { holdingOn, holdingTitle } from '../officials/official.service';
import { PostHolding } from '../officials/post-holding.entity';
import { Organization } from '../organizations/organization.entity';
import { organizationOf } from '../organizations/organization.resolver';
import { Source } from '../sources/source.entity';
import { Topic } from '../topics/topic.entity';
import { Statement } from './statement.entity';
import { SearchArgs, StatementListArgs } from './statement.inputs';
import { listStatements, searchStatements } from './statement.service';

export const StatementConnection = Connection(Statement);

@ObjectType({ description: 'A statement matching a search, with its rank and a highlighted snippet.' })
export class StatementSearchEdge {
  @Field({ description: 'Opaque cursor of this hit; pass it as `after` or `before`.' })
  cursor: string;

  @Field(() => Statement, { description: 'The matching statement.' })
  node: Statement;

  @Field(() => Float, { description: 'Relevance: higher is better. Words in the text weigh most, then speakers\' names, then the source.' })
  rank: number;

  @Field({ description: 'The best passages of the text, HTML-escaped, with the matched words in <mark>…</mark>.' })
  snippet: string;
}

@ObjectType({ description: 'A page of search hits (Relay cursor connection).' })
export class StatementSearchConnection {
  @Field(() => [StatementSearchEdge], { description: 'The hits of this page.' })
  edges: StatementSearchEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Number of hits in all pages together.' })
  totalCount: number;
}

@ObjectType({ description: 'A speaker of a statement, with the post they held on the statement\'s date.' })
export class StatementSpeaker {
  @Field(() => Official, { description: 'Who spoke.' })
  official: Official;

  @Field(() => PostHolding, { nullable: true, description: 'The post and capacity held on the statement\'s date.' })
  postHolding: PostHolding | null;

  @Field(() => String, { nullable: true, description: 'Title on that day, e.g. "Acting Minister of National Defense".' })
  title: string | null;
}

@ObjectType({
  description:
    'An official the statement\'s text says took a position ("Secretary Hegseth reaffirmed …", "the two defense chiefs agreed …"), with the post ' +
    'held on the statement\'s date. A party need not be an author: a readout written by a ministry names parties but is authored by the ministry.',
})
export class StatementParty {
  @Field(() => Official, { description: 'Who, according to the text, took the position.' })
  official: Official;

  @Field(() => PostHolding, { nullable: true, description: 'The post and capacity held on the statement\'s date.' })
  postHolding: PostHolding | null;

  @Field(() => String, { nullable: true, description: 'Title on that day, e.g. "Acting Minister of National Defense".' })
  title: string | null;
}

export function partiesOf(ctx: Context, statementId: number): Promise<Official[]> {
  return ctx.loaders
    .through<Official, number>(
      'Statement.parties',
      Official,
      'SELECT statement_id AS key, official_id AS target_id FROM statement_parties WHERE statement_id = ANY($1) ORDER BY statement_id, position, official_id',
    )
    .load(statementId);
}

/** Officials with the post they held on the date; the post and its title are looked up only when selected. */
function withTitles(ctx: Context, officials: Official[], date: string): StatementSpeaker[] {
  return officials.map((official) => {
    let holding: Promise<PostHolding | null> | undefined;
    const postHolding = () => (holding ??= holdingOn(ctx, official.rowId, date));
    return {
      official,
      get postHolding() {
        return postHolding() as unknown as PostHolding | null;
      },
      get title() {
        return postHolding().then((h) => (h ? holdingTitle(ctx, h) : null)) as unknown as string | null;
      },
    };
  });
}

export function speakersOf(ctx: Context, statementId: number): Promise<Official[]> {
  return ctx.loaders
    .through<Official, number>(
      'Statement.speakers',
      Official,
      'SELECT statement_id AS key, official_id AS target_id FROM statement_speakers WHERE statement_id = ANY($1) ORDER BY statement_id, position, official_id',
    )
    .load(statementId);
}

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, { description: 'Statements, filtered and ordered (earliest first by default).' })
  statements(@Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: StatementListArgs) {
    return listStatements(ctx, page, filter, orderBy);
  }

  @Query(() => StatementSearchConnection, { description: 'Ranked full-text search over statements: their words, speakers and sources.' })
  search(@Ctx() ctx: Context, @Args() { text, filter, orderBy, ...page }: SearchArgs, @Info() info: GraphQLResolveInfo) {
    return searchStatements(ctx, text, page, filter, orderBy, edgeFieldsSelected(info));
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
      'each with the title held that day. What a source says a party did is not what the party said: `reportedPositions` says whether the party\'s own side confirms it.',
  })
  async parties(@Root() statement: Statement, @Ctx() ctx: Context): Promise<StatementParty[]> {
    return withTitles(ctx, await partiesOf(ctx, statement.rowId), statement.date);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organization that authored the words, e.g. the ministry whose readout or release states them in the third person; null when officials are the only authors.',
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
    return ctx.loaders
      .through<Source, number>(
        'Statement.reportedIn',
        Source,
        `SELECT r.statement_id AS key, r.source_id AS target_id FROM statement_reports r JOIN sources s ON s.id = r.source_id
          WHERE r.statement_id = ANY($1) ORDER BY r.statement_id, s.published_on, s.id`,
      )
      .load(statement.rowId);
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
    return ctx.loaders
      .through<Topic, number>(
        'Statement.topics',
        Topic,
        `SELECT st.statement_id AS key, st.topic_id AS target_id FROM statement_topics st JOIN topics t ON t.id = st.topic_id
          WHERE st.statement_id = ANY($1) ORDER BY st.statement_id, t.name`,
      )
      .load(statement.rowId);
  }
}
