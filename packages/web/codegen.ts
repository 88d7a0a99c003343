import type { CodegenConfig } from '@graphql-codegen/cli';

const typeConfig = {
  enumsAsTypes: true,
  useTypeImports: true,
  avoidOptionals: { field: true, inputValue: false, object: false },
  scalars: { LocalDate: 'string', ID: 'string', DateTimeISO: 'string' },
  skipTypename: false,
};

/**
 * Typed documents from the API's committed schema; run `pnpm --filter @nvtt/web codegen`.
 * Types (erased at build) all go to `src/gql/graphql.ts`; each `x.graphql` gets its documents in
 * `x.documents.ts` beside it, so a page's chunk carries only its own operations.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql'],
  generates: {
    'src/gql/graphql.ts': { plugins: ['typescript-operations'], config: typeConfig },
    'src/': {
      preset: 'near-operation-file',
      presetConfig: { extension: '.documents.ts', baseTypesPath: 'gql/graphql.ts' },
      plugins: ['./scripts/codegen/shared-fragments.mjs'],
      config: { ...typeConfig, importOperationTypesFrom: 'Types' },
    },
  },
};

export default config;
