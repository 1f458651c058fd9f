// Typed lint for the whole project (npm run lint, --max-warnings 0), in the
// shape Starlight uses: typescript-eslint's recommendedTypeChecked over the
// TypeScript sources, eslint-plugin-astro over the .astro files. The
// publication boundary is checked on the import graph by
// test/unit/boundary.test.ts (it needs type-only vs value imports and the
// browser bundle's transitive imports, which no-restricted-imports cannot see).
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'node_modules/', '.astro/', '.bench/', 'test/support/fixtures/', 'public/'] },
  {
    files: ['**/*.ts', '**/*.mts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A leading _ names what is deliberately unused: a field dropped by destructuring
      // (stored-service.ts drops evidence that way), an argument an interface requires.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Browser code passes async handlers to addEventListener; a rejection there reaches the
      // console either way, and wrapping each in a void arrow would only add noise.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      // An async function without await is how this code meets an interface that returns a
      // Promise (content loaders, image sinks); the rule would only ask for Promise.resolve().
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests parse JSON, CSV and workbook cells and assert on their shape: the assertion is the
    // type check, so declaring an interface for every document read would restate the test.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  ...astro.configs.recommended,
);
