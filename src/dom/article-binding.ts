import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { indexArticle, type ReadableArticle } from './article.js';

// Attribute changes inside the article that can change what is readable.
const VISIBILITY_ATTRIBUTES = ['hidden', 'aria-hidden', 'data-reader-skip', 'style', 'class'];
// Clicks on these do their own thing; they never move the reading place.
const INTERACTIVE = 'a, button, input, select, textarea, label, summary, [contenteditable], [tabindex]';

export interface ArticleBindingOptions {
  /** The element whose text is read, or null when it cannot be found. */
  findRoot(): Element | null;
  /** The article was (re)indexed; `newRoot` when it is another element than before. */
  onIndexed(article: ReadableArticle | null, newRoot: boolean): void;
  /** Whether a click in the article should move the reading place (the reader is active). */
  acceptsClicks(): boolean;
  onSentenceClick(index: number): void;
}

/**
 * Binds the reader to its article: finds it, indexes it, indexes it again when its text changes
 * (MutationObserver, once per task), and turns a click on a sentence into "read from here".
 */
export class ArticleBinding implements ReactiveController {
  article: ReadableArticle | null = null;
  root: Element | null = null;
  private scheduled = false;
  private readonly observer = new MutationObserver(() => this.schedule());

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
    this.attach(null);
  }

  /** Index once after the current task's changes, however many arrive meanwhile. */
  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.host.isConnected) this.index();
    });
  }

  index(): void {
    const root = this.options.findRoot();
    const newRoot = root !== this.root;
    if (newRoot) this.attach(root);
    this.article = root ? indexArticle(root) : null;
    this.options.onIndexed(this.article, newRoot);
  }

  private attach(root: Element | null): void {
    this.observer.disconnect();
    this.root?.removeEventListener('click', this.onClick);
    this.root = root;
    if (!root) return;
    this.observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributeFilter: VISIBILITY_ATTRIBUTES,
    });
    root.addEventListener('click', this.onClick);
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
    const caret = document.caretPositionFromPoint?.(click.clientX, click.clientY);
    if (!caret) return;
    const index = this.article.sentenceAt(caret.offsetNode, caret.offset);
    if (index >= 0) this.options.onSentenceClick(index);
  };
}
