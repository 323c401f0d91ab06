import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Call } from '../calls/call.entity';
import { Connection, ConnectionArgs } from '../common/connection';
import type { Context } from '../common/context';
import { byColumn, listConnection } from '../common/list';
import { Organization } from '../organizations/organization.entity';
import { organizationOf } from '../organizations/organization.resolver';
import { Statement } from '../statements/statement.entity';
import { StatementConnection, statementOrdering } from '../statements/statement.resolver';
import { Source } from './source.entity';

export const SourceConnection = Connection(Source);

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => SourceConnection, { description: 'Documents, earliest published first.' })
  sources(@Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listConnection(ctx, Source, page, byColumn('publishedOn', 'e.published_on', 'ASC', (s) => s.publishedOn));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Who published it; null when the copy does not say.' })
  publisher(@Root() source: Source, @Ctx() ctx: Context) {
    return organizationOf(ctx, source.publisherId);
  }

  @FieldResolver(() => Call, { nullable: true, description: 'The call the document is a readout or release of.' })
  call(@Root() source: Source, @Ctx() ctx: Context) {
    return source.callId == null ? null : ctx.loaders.byKey<Call, number>(Call).load(source.callId);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements that originate in this document, earliest first.' })
  statements(@Root() source: Source, @Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listConnection(ctx, Statement, page, statementOrdering, (qb) => qb.where('e.source_id = :source', { source: source.rowId }));
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements from other documents that this one reports, earliest first.' })
  reportedStatements(@Root() source: Source, @Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listConnection(ctx, Statement, page, statementOrdering, (qb) =>
      qb.where('EXISTS (SELECT 1 FROM statement_reports r WHERE r.statement_id = e.id AND r.source_id = :source)', { source: source.rowId }),
    );
  }
}
