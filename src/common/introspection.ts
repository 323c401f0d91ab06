import { GraphQLError, type ValidationRule } from 'graphql';
import { ErrorCode } from './errors';

/**
 * With INTROSPECTION off: `__schema` and `__type` are refused with a message that names this
 * server's setting (Apollo's own rule tells clients to "pass introspection: true to ApolloServer",
 * which no operator of this server can do).
 */
export const introspectionOff: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(
        new GraphQLError(
          `Introspection is off on this server (${node.name.value} asked for): the operator turns it on with INTROSPECTION=true; the schema is also published as schema/schema.graphql`,
          { nodes: [node], extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED } },
        ),
      );
    }
  },
});
