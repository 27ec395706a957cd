import { getViteConfig } from 'astro/config'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'studio',
          include: ['studio/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      getViteConfig({
        test: {
          name: 'site',
          include: ['site/**/*.test.ts'],
          environment: 'node',
        },
      }),
    ],
  },
})
