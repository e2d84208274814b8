import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    files: ['functions/**/*.ts', 'functions/**/*.tsx'],
    ignores: adapterFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: ['@aws-sdk/*'] }] },
  },
  {
    files: domainFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: ['@aws-sdk/*', 'hono', 'hono/*', '@hono/*'] }] },
  },
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
