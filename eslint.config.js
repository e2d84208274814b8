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
    files: ['functions/**/*.ts', 'functions/**/*.tsx'],
    ignores: adapterFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: ['@aws-sdk/*'] }] },
  },
  {
    files: domainFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: ['@aws-sdk/*', 'hono', 'hono/*', '@hono/*'] }] },
  },
);
