import { defineProject } from 'vitest/config';

/**
 * Shared test settings for every workspace package: tests import sibling packages from
 * their TypeScript sources (the `@kokoro-ts/source` export condition), so a change in one
 * package is seen by the others' tests without a rebuild.
 */
export function packageTests(name: string, overrides: { testTimeout?: number; include?: string[] } = {}) {
  return defineProject({
    resolve: { conditions: ['@kokoro-ts/source', 'import', 'module', 'node', 'default'] },
    ssr: { resolve: { conditions: ['@kokoro-ts/source', 'import', 'module', 'node', 'default'], externalConditions: ['@kokoro-ts/source'] } },
    test: {
      name,
      include: overrides.include ?? ['test/**/*.test.ts'],
      testTimeout: overrides.testTimeout ?? 30_000,
      hookTimeout: 60_000,
      environment: 'node',
    },
  });
}
