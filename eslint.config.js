// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import { ALL_PACKAGES as ALL, LAYERS, PACKAGE_DIRS as DIRS, allowedImports as allowed } from './scripts/layers.js';

/**
 * Import restrictions for one package's source files.
 * @param {keyof typeof DIRS} layer */
function layerRules(layer) {
  const ok = new Set(allowed(layer));
  const forbidden = ALL.filter((l) => l !== layer && !ok.has(l));
  return {
    files: [`${DIRS[layer]}/src/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', {
        paths: forbidden.map((l) => ({
          name: `@kokoro-ts/${l}`,
          message: `@kokoro-ts/${layer} may not depend on @kokoro-ts/${l}: the layers are ${LAYERS.join(' -> ')} (see scripts/layers.js).`,
        })),
        patterns: [
          { group: ['@kokoro-ts/*/*', '!@kokoro-ts/*/package.json'], message: 'Import a package by its name only; its internals (src/, dist/, deep paths) are not public API.' },
          { group: ['../../*', '../../../*'], message: 'Do not reach into another package by relative path; import it by name.' },
        ],
      }],
    },
  };
}

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', 'docs/api/**', '**/.turbo/**', '.ci/out/**', '**/*.config.ts', 'tsup.shared.ts', 'vitest.shared.ts', '**/fixtures/**/*.js', '**/*.cjs', '**/*.mjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['**/test/**/*.ts', '**/bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  { files: ['eslint.config.js', 'scripts/**/*.js'], ...tseslint.configs.disableTypeChecked },
  ...ALL.map(layerRules),
);
