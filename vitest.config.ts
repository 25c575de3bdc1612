import { defineConfig } from 'vitest/config';

// One Vitest run, several projects: fast unit tests beside the code, integration and contract
// tests under tests/, and the browser end-to-end tests (which need a built web app and Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts', 'fixtures/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // The web app's pure modules (map measures and geometry, layout, level of detail), in Node: no browser needed.
        test: {
          name: 'web',
          include: ['web/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/contract/**/*.test.ts'],
          exclude: ['tests/**/neo4j*.test.ts'],
          environment: 'node',
          // The command line and server run as users run them, compiled: built first when their sources changed.
          globalSetup: ['tests/support/compiled-server.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // Everything that needs a real Neo4j: one server for the whole project, started by the global setup.
        test: {
          name: 'neo4j',
          include: ['tests/contract/neo4j*.test.ts', 'tests/integration/neo4j*.test.ts', 'tests/neo4j/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/neo4j/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
