import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLInterfaceType, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type PubSub } from 'type-graphql';
import { CallComparisonResolver, ComparisonResolver } from './analysis/comparison/comparison.resolver';
import { CountryPairResolver } from './analysis/country-pair/country-pair.resolver';
import { OmissionsResolver } from './analysis/omissions/omissions.resolver';
import { SourceEchoResolver } from './analysis/positions/echoes.resolver';
import { PositionsResolver } from './analysis/positions/positions.resolver';
import { CommitmentTimelineResolver } from './analysis/timeline/timeline.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { authChecker } from './auth/role';
import { nodeTypeName } from './common/node';
import { compiledFields, usePrefetched } from './read/prefetch';
import './read/relations';
import { apiKeyMutations, ApiKeyResolver } from './auth/api-key.resolver';
import { callMutations } from './calls/call.mutations';
import { CallParticipantResolver, CallResolver } from './calls/call.resolver';
import { commitmentMutations } from './commitments/commitment.mutations';
import { CommitmentResolver, StatementCommitmentResolver } from './commitments/commitment.resolver';
import { nodeMutations } from './node/delete-node.mutation';
import { NodeResolver } from './node/node.resolver';
import { officialMutations } from './officials/official.mutations';
import { OfficialResolver, PostHoldingResolver, PostResolver } from './officials/official.resolver';
import { organizationMutations } from './organizations/organization.mutations';
import { OrganizationResolver } from './organizations/organization.resolver';
import { placesMutations } from './places/places.mutations';
import { CountryResolver, TerritoryResolver, TreatyResolver } from './places/places.resolver';
import { importMutations } from './imports/import.mutations';
import {
  CommitmentAliasResolver,
  CountryAliasResolver,
  ImportDocumentResolver,
  ImportSentenceResolver,
  StatementDraftResolver,
  TextVariantResolver,
  StatementRestorationResolver,
  TextRestorationResolver,
  TopicAliasResolver,
} from './imports/import.resolver';
import { postureMutations } from './posture/posture.mutations';
import { DeploymentResolver, ExerciseResolver } from './posture/posture.resolver';
import { sourceMutations } from './sources/source.mutations';
import { SourceResolver } from './sources/source.resolver';
import { StatementFeedResolver } from './statements/statement-feed.resolver';
import { statementMutations } from './statements/statement.mutations';
import { StatementResolver } from './statements/statement.resolver';
import { topicMutations } from './topics/topic.mutations';
import { TopicResolver } from './topics/topic.resolver';

export const resolvers = [
  NodeResolver,
  CountryResolver,
  TreatyResolver,
  TerritoryResolver,
  OrganizationResolver,
  OfficialResolver,
  PostResolver,
  PostHoldingResolver,
  CallResolver,
  CallParticipantResolver,
  SourceResolver,
  StatementResolver,
  CommitmentResolver,
  StatementCommitmentResolver,
  TopicResolver,
  DeploymentResolver,
  ExerciseResolver,
  ...nodeMutations,
  ApiKeyResolver,
  ...apiKeyMutations,
  AuditResolver,
  ...organizationMutations,
  ...officialMutations,
  ...sourceMutations,
  ...commitmentMutations,
  ...placesMutations,
  ...topicMutations,
  ...callMutations,
  ...statementMutations,
  StatementFeedResolver,
  ImportDocumentResolver,
  ImportSentenceResolver,
  StatementDraftResolver,
  TextVariantResolver,
  StatementRestorationResolver,
  TextRestorationResolver,
  CountryAliasResolver,
  CommitmentAliasResolver,
  TopicAliasResolver,
  ...importMutations,
  ...postureMutations,
  ComparisonResolver,
  PositionsResolver,
  SourceEchoResolver,
  OmissionsResolver,
  CallComparisonResolver,
  CommitmentTimelineResolver,
  CountryPairResolver,
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

/**
 * Plain properties (no @Authorized, no middleware, GraphQL name = property name) are read by
 * graphql-js's default resolver: type-graphql would otherwise wrap each in a middleware chain of
 * none, a call on every field of every response. Fields with a @FieldResolver keep it.
 */
function readPlainFieldsDirectly(): void {
  const storage = getMetadataStorage();
  // Roles and middlewares reach the field metadata only while the schema is built: read them at the source.
  const guarded = new Set([...storage.authorizedFields, ...storage.middlewares].map((m) => `${m.target.name}.${m.fieldName}`));
  // `@Authorized` on a whole object type guards each of its fields.
  const guardedTypes = new Set(storage.authorizedResolver.map((a) => a.target));
  for (const field of storage.fields) {
    if (
      field.simple === undefined &&
      field.schemaName === field.name &&
      !guarded.has(`${field.target.name}.${field.name}`) &&
      !guardedTypes.has(field.target)
    ) {
      field.simple = true;
    }
  }
}

/**
 * After the build: a field with roles or middlewares must never have been made plain, nor be
 * answered by a read plan (whose values skip the field's resolver, and so its checks).
 */
function checkPlainFields(): void {
  const storage = getMetadataStorage();
  for (const field of storage.fields) {
    if (field.simple && (field.roles?.length || field.middlewares?.length)) {
      throw new Error(`${field.target.name}.${field.name} has roles or middlewares and cannot be read as a plain property`);
    }
  }
  const unchecked = new Set(compiledFields());
  for (const resolver of storage.fieldResolvers) {
    const name = `${resolver.getObjectType?.()?.name}.${resolver.schemaName}`;
    if (!unchecked.delete(name)) continue;
    if (resolver.roles?.length || resolver.middlewares?.length)
      throw new Error(`${name} has roles or middlewares: a read plan must not answer it`);
  }
  if (unchecked.size) throw new Error(`read plans compile fields without a @FieldResolver: ${[...unchecked].join(', ')}`);
}

export async function createSchema(): Promise<GraphQLSchema> {
  readPlainFieldsDirectly();
  // Services throw domain errors; graphql-js makes them GraphQL errors with their `extensions` (common/errors.ts).
  const schema = await buildSchema({ resolvers: [...resolvers], validate: false, pubSub: noTopicPubSub, authChecker });
  checkPlainFields();
  // Relations a read plan fetched with their parent row are answered from it (src/read/).
  usePrefetched(schema);
  // type-graphql wraps `resolveType` in an async function; graphql-jit needs the type name at once
  // (graphql-js accepts both), and a promise per abstract value is work for nothing.
  (schema.getType('Node') as GraphQLInterfaceType).resolveType = nodeTypeName;
  schema.getQueryType()!.description = 'Read the record: officials, calls, statements, commitments and their sources.';
  schema.getMutationType()!.description =
    'Write the record (API key needed: EDITOR, or ADMIN where noted). Each mutation is one transaction, idempotent with a clientMutationId, and audited.';
  schema.getSubscriptionType()!.description = 'Hear about new records as they are made (graphql-transport-ws over WebSocket, same URL).';
  return schema;
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
