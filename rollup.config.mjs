import fs from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// Two builds of tsc's output in lib/ (types and bundles come from one compilation), Lit and the
// catalogues included, for use without a build step:
// - dist/article-reader.js, the file a page loads: a small entry that fetches the rest with
//   import() when needed, from dist/chunks/ next to itself (relative URLs: a CDN or a copied
//   dist/ folder works);
// - dist/article-reader.bundled.js: the same in one self-contained file.

// Chunks are named after the part they hold; their hash changes with their content.
const PARTS = [
  [/\/reading\/playback\.js$/, 'playback'],
  [/\/controls\/voice-command-controller\.js$/, 'voice-commands'],
  [/\/generated\/locales\/(\w+)\.js$/, 'locale-$1'],
];
function chunkName(chunk) {
  const id = (chunk.facadeModuleId ?? '').split('\\').join('/');
  for (const [pattern, name] of PARTS) if (pattern.test(id)) return id.match(pattern)[0].replace(pattern, name);
  return chunk.name;
}

// dist/ holds only this build's files (no chunk of an older build is published).
fs.rmSync('dist', { recursive: true, force: true });

const shared = {
  input: 'lib/index.js',
  // TypeScript's decorator helper starts `(this && this.__decorate) ||`; at module top level `this`
  // is undefined by design, so that warning says nothing.
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};

export default [
  {
    ...shared,
    // The entry holds the shared code itself and exports it to the chunks too (not a facade
    // importing a second file: that would cost the page one more request before anything shows).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: false,
      entryFileNames: 'article-reader.js',
      chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
    },
  },
  {
    ...shared,
    output: { file: 'dist/article-reader.bundled.js', format: 'es', sourcemap: false, inlineDynamicImports: true },
  },
];
