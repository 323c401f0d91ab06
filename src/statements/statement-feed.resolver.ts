import { Arg, Ctx, Field, InputType, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context';
import { Statement } from './statement.entity';
import { StatementMatchFields } from './statement.inputs';
import { apiError, ErrorCode } from '../common/errors';
import { decodeEventCursor, type FeedEvent, latestEventCursor } from './statement-events';
import { compileFilter, type MatchFilter } from './statement-match';

@InputType({
  description:
    'Which new statements to receive: the fields of StatementFilter that apply to a statement as it is announced, with the same meaning. ' +
    'Fields combine with AND; a list means "any of".',
})
export class StatementAddedFilter extends StatementMatchFields {}

@ObjectType({ description: 'A newly recorded statement, with the cursor to resume after it.' })
export class StatementEvent {
  @Field({ description: 'Opaque cursor of this event: pass it as `statementAdded(after:)` to receive what was announced after it.' })
  cursor: string;

  @Field(() => Statement, { description: 'The new statement.' })
  statement: Statement;
}

/** Arguments of `statementAdded` as GraphQL hands them over. */
interface StatementAddedArgs {
  filter?: MatchFilter | null;
  after?: string | null;
}

/** The `subscribe` of `statementAdded`: checks the arguments, then registers with the instance's feed. */
function subscribeToStatements(ctx: Context, args: StatementAddedArgs): AsyncIterableIterator<FeedEvent> {
  if (!ctx.statementFeed)
    throw apiError(ErrorCode.BAD_USER_INPUT, 'Subscriptions are served over WebSocket (graphql-transport-ws) at this URL');
  const matcher = compileFilter(args.filter);
  const after = args.after == null ? undefined : decodeEventCursor(args.after);
  return ctx.statementFeed.subscribe(matcher, after);
}

@Resolver()
export class StatementFeedResolver {
  @Subscription(() => StatementEvent, {
    description:
      'Statements as they are recorded, each once, in the order they became visible, from whichever instance recorded them. ' +
      'With `after`, first the matching statements announced after that cursor, then live ones, with no gap and no duplicate.',
    subscribe: ({ args, context }) => subscribeToStatements(context, args),
  })
  statementAdded(
    @Root() event: FeedEvent,
    @Arg('filter', () => StatementAddedFilter, { nullable: true, description: 'Only statements matching this filter; all when omitted.' })
    _filter: StatementAddedFilter | null,
    @Arg('after', () => String, {
      nullable: true,
      description:
        'Resume after this cursor (of an event received earlier, or from `latestStatementCursor`); live statements only when omitted.',
    })
    _after: string | null,
  ): StatementEvent {
    // Executed with the feed's shared loaders: the socket's context hands them out (see subscriptions/websocket.ts).
    return { cursor: event.cursor, statement: event.statement };
  }

  @Query(() => String, {
    description:
      'Cursor of the latest announced statement. Subscribe with `statementAdded(after:)` set to it to receive every statement from now on, even across reconnects before the first one arrives.',
  })
  latestStatementCursor(@Ctx() ctx: Context): Promise<string> {
    return latestEventCursor(ctx.db);
  }
}
