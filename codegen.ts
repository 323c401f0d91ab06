// graphql-codegen for a frontend of this API: typed operations from the committed SDL.
// `npx graphql-codegen` (devDependencies @graphql-codegen/cli and @graphql-codegen/client-preset).
// In your frontend, point `schema` at this repository's schema/schema.graphql (or at the running
// server's /graphql, where introspection is on) and `documents` at your own operations.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['client/operations/**/*.graphql'],
  generates: {
    'generated/': {
      preset: 'client',
      // Also writes generated/persisted-documents.json ({ "sha256:<hex>": "<document>" }) and puts
      // each document's id in its `__meta__.hash`: the server's TRUSTED_DOCUMENTS file, and what
      // createApolloClient({ persistedDocuments: true }) sends instead of the text.
      presetConfig: { persistedDocuments: true },
      config: {
        // Without these the custom scalars come out as `unknown`.
        scalars: {
          Date: { input: 'string', output: 'string' }, // YYYY-MM-DD
          DateTime: { input: 'string', output: 'string' }, // ISO 8601, UTC
          JSONObject: { input: 'Record<string, unknown>', output: 'Record<string, unknown>' },
        },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
