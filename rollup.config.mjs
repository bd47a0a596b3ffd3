import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// One self-contained ES module (Lit and the catalogues included) for use without a build step.
// It bundles tsc's output in lib/, so types and the bundle come from one compilation.
export default {
  input: 'lib/index.js',
  output: {
    file: 'dist/article-reader.js',
    format: 'es',
    sourcemap: false,
  },
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
