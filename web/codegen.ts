import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed GraphQL documents for the web app, generated from the API's committed schema. */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['app/**/*.tsx', 'lib/**/*.ts', '!lib/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'lib/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTimeISO: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
