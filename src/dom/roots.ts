/** Which elements a reader reads: its own content, or the elements named by the ids in `for`. */

const warned = new Set<string>();

/**
 * The elements to read, in the order of the ids in `forIds` (`"title body"`), or `host` itself
 * without ids. An id that names no element is left out, with one console warning per id: the
 * others are still read.
 */
export function findRoots(host: Element, forIds: string | null): Element[] {
  const ids = forIds?.split(/\s+/).filter(Boolean) ?? [];
  if (ids.length === 0) return [host];
  const scope = host.getRootNode() as Document | ShadowRoot;
  const roots: Element[] = [];
  for (const id of ids) {
    const root = scope.getElementById(id);
    if (root) roots.push(root);
    else if (host.isConnected && !warned.has(id)) {
      warned.add(id);
      console.warn(`<article-reader>: for="${forIds}" names "${id}", but no element has that id; it is not read.`);
    }
  }
  return roots;
}
