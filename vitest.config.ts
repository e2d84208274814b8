import { configDefaults, defineConfig } from 'vitest/config';

const SERVICES = 'test/support/global-setup.ts';
// A Lambda entry reads its configuration from process.env once, at import: those files keep a fresh
// process each, as a cold start has.
const LAMBDA_TESTS = ['test/lambda/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most of a file's time is spent waiting on DynamoDB Local, the local SES or Chromium: two cores keep
    // more than one file busy.
    maxWorkers: 3,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', TZ: 'America/New_York' },
    projects: [
      {
        extends: true,
        test: {
          name: 'hub',
          include: [
            'test/**/*.test.ts',
            'test/**/*.test.tsx',
            'functions/**/*.test.ts',
            'functions/**/*.test.tsx',
          ],
          exclude: [...configDefaults.exclude, ...LAMBDA_TESTS],
          // Files share their worker's modules instead of importing the hub again each.
          isolate: false,
          globalSetup: [SERVICES, 'test/support/chromium-setup.ts'],
          setupFiles: ['test/support/native-globals.ts'],
        },
      },
      { extends: true, test: { name: 'lambda', include: LAMBDA_TESTS, globalSetup: [SERVICES] } },
    ],
  },
});
