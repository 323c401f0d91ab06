import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../common/connection';
import type { Context } from '../common/context';
import { byColumn, listConnection } from '../common/list';
import { StatementListArgs } from '../statements/statement.inputs';
import { StatementConnection } from '../statements/statement.resolver';
import { listStatements } from '../statements/statement.service';
import { Topic } from './topic.entity';

export const TopicConnection = Connection(Topic);

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => TopicConnection, { description: 'Topics, by name.' })
  topics(@Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listConnection(ctx, Topic, page, byColumn('name', 'e.name', 'ASC', (t) => t.name));
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements on the topic, earliest first.' })
  statements(@Root() topic: Topic, @Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: StatementListArgs) {
    return listStatements(ctx, page, filter, orderBy, (qb) =>
      qb.where('EXISTS (SELECT 1 FROM statement_topics t WHERE t.statement_id = e.id AND t.topic_id = :topic)', { topic: topic.rowId }),
    );
  }
}
