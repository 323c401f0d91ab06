import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionNodePlan } from '../read/prefetch';
import { Connection } from '../common/connection';
import type { Context } from '../context';
import { listConnection } from '../common/list';
import { OrderedArgs } from '../common/ordering';
import { StatementListArgs } from '../statements/statement.inputs';
import { StatementConnection } from '../statements/statement.types';
import { listStatementsOf } from '../statements/statement.service';
import { Topic } from './topic.entity';
import { topicOrders } from './topic.queries';

export const TopicConnection = Connection(Topic);

@ArgsType()
class TopicListArgs extends OrderedArgs(topicOrders.values, 'NAME_ASC') {}

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => TopicConnection, { description: 'Topics (by name by default).' })
  topics(@Ctx() ctx: Context, @Args() { orderBy, ...page }: TopicListArgs, @Info() info: GraphQLResolveInfo) {
    return listConnection(ctx, Topic, page, topicOrders.orderings[orderBy], [], connectionNodePlan(ctx, info, Topic));
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements on the topic, earliest first.' })
  statements(@Root() topic: Topic, @Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: StatementListArgs) {
    return listStatementsOf(ctx, 'topic', topic.rowId, page, filter, orderBy);
  }
}
