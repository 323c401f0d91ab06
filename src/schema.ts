import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { CallParticipantResolver, CallResolver } from './calls/call.resolver';
import { CommitmentResolver, StatementCommitmentResolver } from './commitments/commitment.resolver';
import { NodeResolver } from './common/node.resolver';
import { OfficialResolver, PostHoldingResolver, PostResolver } from './officials/official.resolver';
import { OrganizationResolver } from './organizations/organization.resolver';
import { CountryResolver, TerritoryResolver, TreatyResolver } from './places/places.resolver';
import { DeploymentResolver, ExerciseResolver } from './posture/posture.resolver';
import { SourceResolver } from './sources/source.resolver';
import { StatementFeedResolver } from './statements/statement-feed.resolver';
import { StatementResolver } from './statements/statement.resolver';
import { TopicResolver } from './topics/topic.resolver';

export const resolvers = [
  NodeResolver, CountryResolver, TreatyResolver, TerritoryResolver, OrganizationResolver, OfficialResolver,
  PostResolver, PostHoldingResolver, CallResolver, CallParticipantResolver, SourceResolver, StatementResolver,
  CommitmentResolver, StatementCommitmentResolver, TopicResolver, DeploymentResolver, ExerciseResolver, StatementFeedResolver,
] as const;

/**
 * type-graphql insists on a PubSub as soon as the schema has a subscription, even when, as here,
 * every subscription brings its own `subscribe` (fed by PostgreSQL LISTEN/NOTIFY, see
 * StatementFeed). This one only says so if anything ever reaches it.
 */
function notByTopic(): never {
  throw new Error('subscriptions subscribe through their own `subscribe` function, not through topics');
}
const noTopicPubSub: PubSub = { publish: notByTopic, subscribe: notByTopic };

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: [...resolvers], validate: false, pubSub: noTopicPubSub });
  schema.getQueryType()!.description = 'Read the record: officials, calls, statements, commitments and their sources.';
  schema.getSubscriptionType()!.description = 'Hear about new records as they are made (graphql-transport-ws over WebSocket, same URL).';
  return schema;
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
