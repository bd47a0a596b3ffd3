import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RootsIndex, yieldToPage } from './article-index.js';
import { articleOf, type ArticleEdit, type ReadableArticle } from './article.js';
import type { ContentFilter } from './skip-rules.js';

// Attribute changes inside the article that can change what is readable.
const VISIBILITY_ATTRIBUTES = ['hidden', 'aria-hidden', 'data-reader-skip', 'style', 'class'];
// Clicks on these do their own thing; they never move the reading place.
const INTERACTIVE = 'a, button, input, select, textarea, label, summary, [contenteditable], [tabindex]';

export interface ArticleBindingOptions {
  /** The elements whose text is read, in reading order (none when none can be found). */
  findRoots(): Element[];
  /** What is left out of `root` besides hidden text. */
  filterFor(root: Element): ContentFilter | undefined;
  /**
   * The article was (re)indexed: after an edit, what it changed; null when the article is
   * another element than before (or there is none, before or now).
   */
  onIndexed(edit: ArticleEdit | null): void;
  /** Whether a click in the article should move the reading place (the reader is active). */
  acceptsClicks(): boolean;
  onSentenceClick(index: number): void;
}

/**
 * Binds the reader to its article, the one owner of the article and its sentences: finds it,
 * indexes it in slices that leave the page responsive, brings the index up to date when its text
 * changes (MutationObserver, once per task; only the blocks an edit touched are walked again)
 * and tells what the edit changed, and turns a click on a sentence into "read
 * from here".
 */
export class ArticleBinding implements ReactiveController {
  /** The article as indexed (while a first index is under way and play was pressed, the part done). */
  article: ReadableArticle | null = null;
  /** The elements read, in order (`for` with several ids: more than one). */
  roots: readonly Element[] = [];
  private articleRoots: readonly Element[] = [];
  private index: RootsIndex | null = null;
  private build = 0;
  private pending: MutationRecord[] = [];
  private scheduled = false;
  private watched: readonly Element[] = [];
  private usedSelection: Range | null = null;
  private readonly observer = new MutationObserver((records) => {
    this.pending.push(...records);
    this.schedule();
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ArticleBindingOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    // Keep the root and the article: a reader moved on the page (by a framework) keeps its
    // place. Edits while away are not observed, so the index is made anew on return.
    this.watch([]);
    this.index = null;
    this.build++;
  }

  /** Each sentence's text, in reading order (none before indexing). */
  get sentenceTexts(): readonly string[] {
    return this.article?.sentenceTexts() ?? [];
  }

  /** The first element read (its `lang` is the article's), or null. */
  get root(): Element | null {
    return this.roots[0] ?? null;
  }

  /** Index anew from scratch (what is read changed: `skip`, `content`), once this task is over. */
  reindex(): void {
    this.index = null;
    this.schedule();
  }

  /** Index once after the current task's changes, however many arrive meanwhile. */
  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.host.isConnected) this.refresh();
    });
  }

  /**
   * Resolves once there is something to read. While the first index of a long article is still
   * under way, that is the part indexed so far: reading starts at once, and the rest follows.
   */
  async readable(): Promise<void> {
    if (this.article) return;
    await this.host.updateComplete; // the reader's slot is rendered: the article's styles are known
    if (!this.index) this.refresh();
    while (!this.article && this.index && this.index.units.length === 0 && !this.index.done) await yieldToPage();
    if (!this.article && this.index) {
      this.article = articleOf(this.index.units);
      this.articleRoots = this.roots;
    }
  }

  private refresh(): void {
    const roots = this.options.findRoots();
    if (!sameRoots(roots, this.roots) || !this.index) return this.rebuild(roots);
    // Edits during a first index are taken in when it ends: restarting it for each edit would
    // never end on a page that changes faster than a long article can be indexed.
    if (!this.index.done) return;
    const records = this.pending.splice(0);
    if (records.length === 0) return;
    if (this.index.update(records)) this.publish();
    else this.rebuild(roots);
  }

  /** Index `roots` from scratch, in slices; the current article stays until the new one is done. */
  private rebuild(roots: readonly Element[]): void {
    const build = ++this.build;
    this.roots = roots;
    this.watch(roots);
    this.pending = []; // the walk below sees the article as it is now
    this.index = roots.length > 0 ? new RootsIndex(roots, this.options.filterFor) : null;
    if (!this.index) return this.publish();
    void this.index
      .build(() => build !== this.build)
      .then((done) => {
        if (!done) return;
        if (this.pending.length > 0) this.refresh();
        else this.publish();
      });
  }

  private publish(): void {
    const before = this.article;
    const after = this.index ? articleOf(this.index.units) : null;
    const kept = sameRoots(this.roots, this.articleRoots);
    this.article = after;
    this.articleRoots = this.roots;
    this.options.onIndexed(kept && before && after ? { before, after } : null);
  }

  /**
   * The sentence where a new text selection in the article starts, or -1. A selection is used
   * once: resuming later does not jump back to it.
   */
  selectedSentence(): number {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !this.article || selection.rangeCount === 0) return -1;
    const range = selection.getRangeAt(0);
    if (range === this.usedSelection) return -1;
    this.usedSelection = range;
    return this.article.sentenceAt(range.startContainer, range.startOffset);
  }

  private watch(roots: readonly Element[]): void {
    if (sameRoots(roots, this.watched)) return;
    this.observer.disconnect();
    for (const root of this.watched) root.removeEventListener('click', this.onClick);
    this.watched = roots;
    for (const root of roots) {
      this.observer.observe(root, {
        subtree: true,
        childList: true,
        characterData: true,
        attributeFilter: VISIBILITY_ATTRIBUTES,
      });
      root.addEventListener('click', this.onClick);
    }
  }

  private readonly onClick = (event: Event) => {
    const click = event as MouseEvent;
    if (!this.article || !this.options.acceptsClicks() || click.button !== 0) return;
    const target = click.composedPath()[0];
    // Clicks in the reader's own controls, on links and form controls, or that end a text
    // selection, are not "read from here".
    if (!(target instanceof Node) || target.getRootNode() !== this.host.ownerDocument) return;
    if (target instanceof Element ? target.closest(INTERACTIVE) : target.parentElement?.closest(INTERACTIVE)) return;
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    const caret = caretAt(click.clientX, click.clientY);
    if (!caret) return;
    const index = this.article.sentenceAt(caret.node, caret.offset);
    if (index >= 0) this.options.onSentenceClick(index);
  };
}

const sameRoots = (a: readonly Element[], b: readonly Element[]) =>
  a.length === b.length && a.every((root, i) => root === b[i]);

/**
 * The text position under a point: the standard `caretPositionFromPoint`, else WebKit's older
 * `caretRangeFromPoint` (WebKitGTK 2.50 and Safari before 18.2 have only that); null where neither.
 */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
