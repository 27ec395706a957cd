// Lets ESLint's type-aware rules see `.astro` imports in .ts files. TypeScript alone cannot read a
// .astro file; `astro check` and editors use Astro's language tools, which resolve the real component
// (with its Props) before this fallback applies.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js'
  const Component: AstroComponentFactory
  export default Component
}
