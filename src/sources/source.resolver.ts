import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionNodePlan } from '../read/prefetch';
import { Call } from '../calls/call.entity';
import { Connection } from '../common/connection';
import type { Context } from '../context';
import { Organization } from '../organizations/organization.entity';
import { StatementListArgs } from '../statements/statement.inputs';
import { StatementConnection } from '../statements/statement.types';
import { listStatementsOf } from '../statements/statement.service';
import { Source } from './source.entity';
import { SourceListArgs } from './source.inputs';
import { listSources } from './source.service';
import { sourceRelations } from '../read/relations';

export const SourceConnection = Connection(Source);

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => SourceConnection, { description: 'Documents, filtered and ordered (earliest published first by default).' })
  sources(@Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: SourceListArgs, @Info() info: GraphQLResolveInfo) {
    return listSources(ctx, page, filter, orderBy, connectionNodePlan(ctx, info, Source));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Who published it; null when the copy does not say.' })
  publisher(@Root() source: Source, @Ctx() ctx: Context) {
    return sourceRelations.publisher.load(ctx, source);
  }

  @FieldResolver(() => Call, { nullable: true, description: 'The call the document is a readout or release of.' })
  call(@Root() source: Source, @Ctx() ctx: Context) {
    return sourceRelations.call.load(ctx, source);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements that originate in this document, earliest first.' })
  statements(@Root() source: Source, @Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: StatementListArgs) {
    return listStatementsOf(ctx, 'source', source.rowId, page, filter, orderBy);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements from other documents that this one reports, earliest first.' })
  reportedStatements(@Root() source: Source, @Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: StatementListArgs) {
    return listStatementsOf(ctx, 'reportingSource', source.rowId, page, filter, orderBy);
  }
}
