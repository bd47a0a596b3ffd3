// Copies of dist/ for the tests of the split build (test/package/split-build.test.ts): the files
// of dist/ served under another path, as a CDN or a site that copied the folder would, with a
// page under a strict Content-Security-Policy that loads the entry by a relative URL.
//   /copies/<kind>-<id>/<file>       dist/<file>; `kind` is
//       plain   every file as it is;
//       broken  chunks/playback-* and chunks/voice-commands-* answer 404 (a failed fetch);
//       held    chunks/playback-* waits until /copies/release/<id> is asked for (a slow one);
//   /copies/<kind>-<id>/page.html    the page (the entry and an Arabic article),
//   /copies/<kind>-<id>/bundled.html the same with dist/article-reader.bundled.js.
// Nothing is cached (each test's frame fetches every file again).
import fs from 'node:fs';
import path from 'node:path';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; base-uri 'none'";
const ARTICLE = '<article lang="ar"><p>ارتفع السعر 50% أمس.</p><p>ثم عاد الهدوء إلى السوق.</p></article>';
const page = (script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>copy of dist</title>` +
  `<script type="module" src="${script}"></script></head>` +
  `<body><article-reader>${ARTICLE}</article-reader></body></html>`;

export function distCopiesMiddleware(root) {
  const dist = path.join(root, 'dist');
  const held = new Map(); // id → release()
  const waitFor = (id) => {
    let entry = held.get(id);
    if (!entry) {
      let release;
      const released = new Promise((resolve) => (release = resolve));
      entry = { released, release };
      held.set(id, entry);
    }
    return entry;
  };
  return async function distCopies(context, next) {
    const match = context.path.match(/^\/copies\/(?:release\/([\w-]+)|(plain|broken|held)-([\w-]+)\/(.+))$/);
    if (!match) return next();
    context.set('Cache-Control', 'no-store');
    const [, releaseId, kind, id, file] = match;
    if (releaseId) {
      waitFor(releaseId).release();
      context.body = 'released';
      return undefined;
    }
    if (file === 'page.html' || file === 'bundled.html') {
      context.set('Content-Security-Policy', CSP);
      context.type = 'html';
      context.body = page(file === 'page.html' ? 'article-reader.js' : 'article-reader.bundled.js');
      return undefined;
    }
    const chunk = path.posix.basename(file);
    if (kind === 'broken' && /^(playback|voice-commands)-/.test(chunk)) {
      context.status = 404;
      return undefined;
    }
    if (kind === 'held' && /^playback-/.test(chunk)) await waitFor(id).released;
    const target = path.resolve(dist, file);
    if (!target.startsWith(dist + path.sep) || !fs.existsSync(target)) {
      context.status = 404;
      return undefined;
    }
    context.type = 'js';
    context.body = fs.readFileSync(target);
    return undefined;
  };
}
