import { Args, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Call } from '../calls/call.entity';
import { StatementCommitment } from '../commitments/statement-commitment.entity';
import { Connection, ConnectionArgs } from '../common/connection';
import type { Context } from '../common/context';
import { byColumn, listConnection } from '../common/list';
import { Official } from '../officials/official.entity';
import { holdingOn, holdingTitle } from '../officials/official.service';
import { PostHolding } from '../officials/post-holding.entity';
import { Organization } from '../organizations/organization.entity';
import { organizationOf } from '../organizations/organization.resolver';
import { Source } from '../sources/source.entity';
import { Topic } from '../topics/topic.entity';
import { Statement } from './statement.entity';

export const StatementConnection = Connection(Statement);
export const statementOrdering = byColumn<Statement>('date', 'e.date', 'ASC', (s) => s.date);

@ObjectType({ description: 'A speaker of a statement, with the post they held on the statement\'s date.' })
export class StatementSpeaker {
  @Field(() => Official, { description: 'Who spoke.' })
  official: Official;

  @Field(() => PostHolding, { nullable: true, description: 'The post and capacity held on the statement\'s date.' })
  postHolding: PostHolding | null;

  @Field(() => String, { nullable: true, description: 'Title on that day, e.g. "Acting Minister of National Defense".' })
  title: string | null;
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
  @Query(() => StatementConnection, { description: 'Statements, earliest first.' })
  statements(@Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listConnection(ctx, Statement, page, statementOrdering);
  }

  @FieldResolver(() => [StatementSpeaker], { description: 'Who spoke, each with the title held that day.' })
  async speakers(@Root() statement: Statement, @Ctx() ctx: Context): Promise<StatementSpeaker[]> {
    const officials = await speakersOf(ctx, statement.rowId);
    return Promise.all(
      officials.map(async (official) => {
        const postHolding = await holdingOn(ctx, official.rowId, statement.date);
        return { official, postHolding, title: postHolding ? await holdingTitle(ctx, postHolding) : null };
      }),
    );
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Organization the statement is attributed to when no person is named.' })
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
    return ctx.loaders.manyBy<StatementCommitment, number>(StatementCommitment, 'statementId').load(statement.rowId);
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
