import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents from the API's committed schema; run `pnpm --filter @nvtt/web codegen`. */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql'],
  generates: {
    'src/gql/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false },
        scalars: { LocalDate: 'string', ID: 'string', DateTimeISO: 'string' },
        skipTypename: false,
      },
    },
  },
};

export default config;
