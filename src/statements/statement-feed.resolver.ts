import { Arg, Ctx, Field, ID, InputType, ObjectType, Query, registerEnumType, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context';
import { Statement } from './statement.entity';
import { StatementMatchFields } from './statement.inputs';
import { apiError, ErrorCode } from '../common/errors';
import { toGlobalId } from '../common/global-id';
import { type ChangeEvent, type ChangeKind, decodeEventCursor, type FeedEvent, latestEventCursor } from './statement-events';
import { compileFilter, matches, type MatchFilter } from './statement-match';

export enum StatementChangeKind {
  ADDED = 'ADDED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
}
registerEnumType(StatementChangeKind, {
  name: 'StatementChangeKind',
  description: 'What happened to a statement.',
  valuesConfig: {
    ADDED: { description: 'It was recorded (addStatement, acceptDraft, the seed, any insert).' },
    UPDATED: {
      description:
        'It was corrected (updateStatement, or any change of its own columns): text, kind, date, source, call, authors, parties, commitments, topics.',
    },
    DELETED: { description: 'It was deleted (deleteNode or any delete); `statement` is null.' },
  },
});

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

@ObjectType({ description: 'A change of a statement, with the cursor to resume after it.' })
export class StatementChange {
  @Field({
    description:
      'Opaque cursor of this event: pass it as `statementChanged(after:)` (or `statementAdded(after:)`: the two share their cursors) to receive what was announced after it.',
  })
  cursor: string;

  @Field(() => StatementChangeKind, { description: 'Added, updated or deleted.' })
  kind: StatementChangeKind;

  @Field(() => ID, { description: 'Id of the statement, also when it has been deleted.' })
  statementId: string;

  @Field(() => Statement, {
    nullable: true,
    description:
      'The statement as it is now; null when it was deleted (always for DELETED, and for an older event of a statement deleted since).',
  })
  statement: Statement | null;

  @Field({
    description:
      "Whether the statement, as this change leaves it, matches the subscription's filter: false when an update took it out of the filter (it matched before), and for a delete. A live view drops the statement then.",
  })
  matchesFilter: boolean;
}

/** Arguments of `statementAdded` as GraphQL hands them over. */
interface StatementAddedArgs {
  filter?: MatchFilter | null;
  after?: string | null;
}

/** The instance's feed, the compiled filter and the cursor to resume after: what both subscriptions check first. */
function feedArguments(ctx: Context, args: StatementAddedArgs) {
  if (!ctx.statementFeed)
    throw apiError(ErrorCode.BAD_USER_INPUT, 'Subscriptions are served over WebSocket (graphql-transport-ws) at this URL');
  return {
    feed: ctx.statementFeed,
    matcher: compileFilter(args.filter),
    after: args.after == null ? undefined : decodeEventCursor(args.after),
  };
}

/** The `subscribe` of `statementAdded`: checks the arguments, then registers with the instance's feed. */
function subscribeToStatements(ctx: Context, args: StatementAddedArgs): AsyncIterableIterator<FeedEvent> {
  const { feed, matcher, after } = feedArguments(ctx, args);
  return feed.subscribe(matcher, after);
}

/** Arguments of `statementChanged` as GraphQL hands them over. */
interface StatementChangedArgs extends StatementAddedArgs {
  kinds?: StatementChangeKind[] | null;
}

/** The `subscribe` of `statementChanged`: checks the arguments, then registers with the instance's feed. */
function subscribeToChanges(ctx: Context, args: StatementChangedArgs): AsyncIterableIterator<ChangeEvent> {
  const { feed, matcher, after } = feedArguments(ctx, args);
  const kinds = new Set<ChangeKind>(args.kinds ?? Object.values(StatementChangeKind));
  if (kinds.size === 0) throw apiError(ErrorCode.BAD_USER_INPUT, '"kinds" must name at least one kind of change', { field: ['kinds'] });
  return feed.subscribeToChanges(matcher, kinds, after);
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

  @Subscription(() => StatementChange, {
    description:
      'Every change of statements: additions, updates and deletes, each once, in the order they became visible, from whichever instance made them. ' +
      'With a filter, a change arrives when the statement matched it as this change leaves it, or, for an update, as it was before (so a statement leaving the filter is heard of, with `matchesFilter` false); a delete arrives when the statement matched as it was last announced. ' +
      'With `after`, first the matching changes announced after that cursor, then live ones, with no gap and no duplicate. One transaction makes one event per statement.',
    subscribe: ({ args, context }) => subscribeToChanges(context, args),
  })
  statementChanged(
    @Root() event: ChangeEvent,
    @Arg('filter', () => StatementAddedFilter, {
      nullable: true,
      description: 'Only changes of statements matching this filter (before or after the change); all when omitted.',
    })
    filter: StatementAddedFilter | null,
    @Arg('after', () => String, {
      nullable: true,
      description:
        'Resume after this cursor (of an event of statementChanged or statementAdded, or from `latestStatementCursor`); live changes only when omitted.',
    })
    _after: string | null,
    @Arg('kinds', () => [StatementChangeKind], { nullable: true, description: 'Only these kinds of change; all when omitted.' })
    _kinds: StatementChangeKind[] | null,
  ): StatementChange {
    return {
      cursor: event.cursor,
      kind: event.kind as StatementChangeKind,
      statementId: toGlobalId('Statement', event.statementId),
      statement: event.statement,
      matchesFilter: event.kind !== 'DELETED' && matches(compileFilter(filter), event.facts),
    };
  }

  @Query(() => String, {
    description:
      'Cursor of the latest announced statement. Subscribe with `statementAdded(after:)` set to it to receive every statement from now on, even across reconnects before the first one arrives.',
  })
  latestStatementCursor(@Ctx() ctx: Context): Promise<string> {
    return latestEventCursor(ctx.db);
  }
}
