import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CallParticipantResolver, CallResolver } from './calls/call.resolver';
import { CommitmentResolver, StatementCommitmentResolver } from './commitments/commitment.resolver';
import { NodeResolver } from './common/node.resolver';
import { OfficialResolver, PostHoldingResolver, PostResolver } from './officials/official.resolver';
import { OrganizationResolver } from './organizations/organization.resolver';
import { CountryResolver, TerritoryResolver, TreatyResolver } from './places/places.resolver';
import { DeploymentResolver, ExerciseResolver } from './posture/posture.resolver';
import { SourceResolver } from './sources/source.resolver';
import { StatementResolver } from './statements/statement.resolver';
import { TopicResolver } from './topics/topic.resolver';

export const resolvers = [
  NodeResolver, CountryResolver, TreatyResolver, TerritoryResolver, OrganizationResolver, OfficialResolver,
  PostResolver, PostHoldingResolver, CallResolver, CallParticipantResolver, SourceResolver, StatementResolver,
  CommitmentResolver, StatementCommitmentResolver, TopicResolver, DeploymentResolver, ExerciseResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: [...resolvers], validate: false });
  schema.getQueryType()!.description = 'Read the record: officials, calls, statements, commitments and their sources.';
  return schema;
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
