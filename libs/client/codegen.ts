import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for every client, generated from the committed schema. String documents keep
 * the runtime free of a GraphQL client library: the web app posts them with plain fetch.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/client/src/graphql/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'libs/client/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
