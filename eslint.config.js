import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';

// Only adapters, the composition root and the run modes may talk to AWS; domain services stay free of
// both the AWS SDK and the HTTP framework so they can be reasoned about and tested without I/O.
const adapterFiles = [
  'functions/**/dynamo-*.ts',
  'functions/**/ses-*.ts',
  'functions/**/s3-*.ts',
  'functions/**/sqs-*.ts',
  'functions/store/**',
  'functions/local/**',
  'functions/lambda/**',
  'functions/composition/**',
];
const domainFiles = ['functions/**/*-service.ts', 'functions/**/*-rules.ts', 'functions/**/domain/**'];

// The stack (lib/, bin/) and the Lambda code share a few facts (table keys, queue settings) through
// functions/contract/, which imports nothing; importing any other runtime module would tie the stack to the
// runtime's dependencies and let one side change a fact the other relies on.
const cdkFiles = ['lib/**/*.ts', 'bin/**/*.ts'];
const contractFiles = ['functions/contract/**'];

// A feature folder uses its own adapters and ports; another feature's adapters (dynamo-*, ses-*, s3-*, sqs-*) and
// the clients are wired by functions/composition/, which features never import. The folders that wire or run
// (composition, lambda, local) are the exceptions.
const WIRING_FOLDERS = ['composition', 'lambda', 'local'];
const features = readdirSync('functions', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !WIRING_FOLDERS.includes(entry.name))
  .map((entry) => entry.name);
const featureBoundaries = (feature) => [
  {
    regex: `^(\\.\\./)+(?!${feature}/)[\\w-]+/(dynamo|ses|s3|sqs)-[\\w.-]+$`,
    message: `${feature}/ does not import another feature's adapters: composition/ builds them and hands over their ports.`,
  },
  {
    regex: '^(\\.\\./)+composition/',
    message: 'Features do not import the composition root: it imports them.',
  },
];
// Patterns as objects: the rule does not take strings and objects in one list.
const restrictedImports = (feature, forbidden) => [
  'error',
  { patterns: [...(forbidden.length > 0 ? [{ group: forbidden }] : []), ...featureBoundaries(feature)] },
];

export default tseslint.config(
  { ignores: ['node_modules', 'cdk.out', '.data', 'bench/out', 'test-artifacts', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // A promise nobody awaits loses its error and its ordering; these two rules need the types to see one.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Stores and services split by audience are sibling classes over shared helpers: a subclass would share
    // protected state across files, and a public base would drag the staff half along in people's heads.
    files: ['functions/**/*-service.ts', 'functions/**/*-store.ts', 'functions/**/dynamo-*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ClassDeclaration[superClass]:not([superClass.name=/Error$/])',
          message: 'Stores and services do not extend one another: take the other as a dependency.',
        },
        {
          selector: 'ClassDeclaration[id.name=/^(Dynamo)?Public/]',
          message: 'No Public* classes: the public port is the plain name, the staff one *Admin*.',
        },
      ],
    },
  },
  {
    files: ['functions/**/*.ts', 'functions/**/*.tsx'],
    ignores: adapterFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: ['@aws-sdk/*'] }] },
  },
  {
    files: domainFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: ['@aws-sdk/*', 'hono', 'hono/*', '@hono/*'] }] },
  },
  // The same rules per feature, with its boundaries added (a later entry's options replace an earlier one's).
  ...features.flatMap((feature) => {
    const files = [`functions/${feature}/**/*.ts`, `functions/${feature}/**/*.tsx`];
    return [
      { files, rules: { 'no-restricted-imports': restrictedImports(feature, []) } },
      {
        files,
        ignores: adapterFiles,
        rules: { 'no-restricted-imports': restrictedImports(feature, ['@aws-sdk/*']) },
      },
      {
        files: domainFiles.map((glob) => glob.replace('functions/**/', `functions/${feature}/**/`)),
        rules: {
          'no-restricted-imports': restrictedImports(feature, ['@aws-sdk/*', 'hono', 'hono/*', '@hono/*']),
        },
      },
    ];
  }),
  {
    files: cdkFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)functions/(?!contract/)',
              message:
                'CDK code imports from functions/ only the contract (functions/contract/): what the stack and the runtime share lives there.',
            },
          ],
        },
      ],
    },
  },
  {
    files: contractFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '.',
              message:
                'functions/contract/ imports nothing: the CDK stack reads it, and must not pull in runtime modules or their dependencies.',
            },
          ],
        },
      ],
    },
  },
);
