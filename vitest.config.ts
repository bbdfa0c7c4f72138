import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships both CJS (`main`) and ESM (`module`). Node, type-graphql and
// Apollo load the CJS build; Vite would hand our own files the ESM one, and
// graphql refuses to mix two copies. Point our imports at the same file Node uses.
const apiRequire = createRequire(new URL('./api/package.json', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: apiRequire.resolve('graphql') }],
  },
  test: {
    include: ['api/src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Each test file gets its own database cloned from a migrated template,
    // so files run in parallel without seeing each other's rows.
    pool: 'forks',
    testTimeout: 30_000,
    // Browser steps poll until the page shows what they expect. Vitest's default
    // (1 s) is too short on a busy 2-core machine, where a page may take a few
    // seconds to load its data; a poll ends as soon as it succeeds, so a longer
    // bound only makes a real failure take longer to report.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
  },
});
