// @custom-elements-manifest/analyzer config: `npm run manifest` (also run by `npm run build`)
// writes custom-elements.json (gitignored, published) from the JSDoc in src/article-reader.ts
// (@summary, @slot, @attr, @fires, @csspart, @cssprop) and Lit's `static properties`.
//
// The manifest describes the published package, so the plugin below
//   - points module paths at the published JavaScript (src/x.ts -> lib/x.js),
//   - keeps only the public API (private/protected members, `state: true` properties and Lit's
//     statics are implementation details),
//   - drops the event the analyzer "finds" in the private emit() helper (`new CustomEvent(type)`):
//     the real events are the ones documented with @fires; a `reader-*` event found in code
//     without @fires is reported so that someone documents it.

import { posix } from 'node:path';

/** `src/x.ts`, `/src/x.js` or `./x.js` (relative to module `from`) as the published `lib/x.js`. */
function toLib(path, from) {
  if (from && path.startsWith('.')) path = posix.join(posix.dirname(from), path);
  return path.replace(/^(\.?\/)?src\//, 'lib/').replace(/\.ts$/, '.js');
}

function publicApiOnly() {
  return {
    name: 'article-reader-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.path = toLib(mod.path);
        for (const exp of mod.exports ?? []) {
          if (exp.declaration?.module) exp.declaration.module = toLib(exp.declaration.module, mod.path);
        }
        for (const decl of mod.declarations ?? []) {
          if (decl.superclass?.module) decl.superclass.module = toLib(decl.superclass.module);
          if (!decl.customElement) continue;
          const isPublic = (m) => !m.privacy || m.privacy === 'public';
          decl.members = (decl.members ?? []).filter((m) => isPublic(m) && !m.static && !m.name.startsWith('#'));
          const publicFields = new Set(decl.members.map((m) => m.name));
          // An attribute either belongs to a public property or is documented on the class
          // (like `lang`, a global attribute the element reads).
          decl.attributes = (decl.attributes ?? []).filter((a) => !a.fieldName || publicFields.has(a.fieldName));
          decl.events = (decl.events ?? []).filter((e) => {
            if (e.description) return true;
            // `type` and the like: the parameter name of emit(), not an event.
            if (!e.name.includes('-')) return false;
            console.warn(`[manifest] ${decl.tagName}: event "${e.name}" found in code has no @fires; left out`);
            return false;
          });
        }
      }
    },
  };
}

export default {
  globs: ['src/article-reader.ts', 'src/define.ts', 'src/index.ts'],
  outdir: '.',
  litelement: true,
  // package.json's "customElements" is written by hand.
  packagejson: false,
  plugins: [publicApiOnly()],
};
