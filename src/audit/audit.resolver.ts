import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import { Connection, ConnectionArgs } from '../common/connection';
import type { Context } from '../context';
import { DateTimeScalar } from '../common/scalars';
import { AuditAction, AuditEntry } from './audit-entry.entity';
import { listAuditLog, type AuditFilter } from './audit.service';

const AuditEntryConnection = Connection(AuditEntry);

@InputType({ description: 'Narrows the audit log; every field given must match.' })
class AuditLogFilter implements AuditFilter {
  @Field(() => String, { nullable: true, description: 'GraphQL type of the object, e.g. "Statement".' })
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the object.' })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the API key that wrote.' })
  actor?: string | null;

  @Field(() => AuditAction, { nullable: true, description: 'What the write did.' })
  action?: AuditAction | null;

  @Field(() => String, { nullable: true, description: 'The mutation, e.g. "addStatement".' })
  operation?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Entries at or after this instant.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Entries before this instant.' })
  to?: Date | null;
}

@Resolver()
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'Every change to the record, newest first. Needs the ADMIN role.' })
  auditLog(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Which entries to list; all when left out.' })
    filter?: AuditLogFilter | null,
  ) {
    return listAuditLog(ctx, filter ?? {}, page);
  }
}
