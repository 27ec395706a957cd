// @ts-check
import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig(
  {
    ignores: [
      'dist/',
      'studio/dist/',
      'studio/.sanity/',
      '**/.astro/',
      '**/node_modules/',
      'coverage/',
      'test-results/',
      // Generated: `sanity typegen generate` writes these; fix the schema or query instead.
      'site/lib/content/sanity.types.ts',
      '**/sanity.types.ts',
      'studio/schema.json',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // The ESLint config itself is outside tsconfig's include list; lint it with default options.
          allowDefaultProject: ['eslint.config.js'],
          defaultProject: 'tsconfig.json',
        },
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      // TypeScript already reports undefined names, and knows Node, browser and Astro globals.
      'no-undef': 'off',
      // Template literals with numbers read naturally ("3 listings"); other types are still caught.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  astro.configs.recommended,
  {
    // The TypeScript program cannot see inside .astro files or their client <script> blocks,
    // so type-aware rules would fail there; the syntax rules still run and `astro check` does the types.
    files: ['**/*.astro', '**/*.astro/*.js', '**/*.astro/*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
)
