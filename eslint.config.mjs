import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'out/**', 'dist/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'public/data/**', '.scratch/**']),
  {
    // The matcher runs unchanged in the browser, the CLI, build scripts and tests: keep it pure.
    files: ['lib/matcher/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'fs', 'path', 'node:fs', 'node:path', 'node:process', 'gray-matter'],
          patterns: ['next', 'next/*', 'node:*', '@/components/*', '../content/*', '../site/*'],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require'],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The typed search runs unchanged in the browser's worker, the CLI and the build: pure too.
    // (lib/site/codes.ts is pure: registry JSON only.)
    files: ['lib/search/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'fs', 'path', 'node:fs', 'node:path', 'node:process', 'gray-matter'],
          patterns: ['next', 'next/*', 'node:*', '@/components/*', '../content/*', '../site/data', '../cli/*'],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require'],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
]);
