import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableArticle } from '../dom/article.js';
import { readStored, removeStored, writeStored } from '../storage.js';

/** A remembered place: the sentence, and its text (offered only while the article still has it). */
interface Place {
  sentenceIndex: number;
  sentenceText: string;
}

export interface ResumeOptions {
  article(): ReadableArticle | null;
  root(): Element | null;
  /** False when the site owner said `no-remember`. */
  enabled(): boolean;
}

/** FNV-1a: a short, stable name for an article that has no id. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The one owner of the remembered place and of the offer to continue there. A place is kept per
 * page and article: the article's id, or (without one) a hash of its opening sentences taken
 * when the reader first meets it, so the key does not depend on where the reader sits on the page.
 */
export class ResumeController implements ReactiveController {
  /** The place offered to the listener ("Continue from sentence 12"), or null. */
  offer: number | null = null;
  private keyRoot: Element | null = null;
  // The key of the article indexed last: a stop caused by switching articles forgets the old one.
  private key = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ResumeOptions,
  ) {
    host.addController(this);
  }

  /** Off the page, nothing is offered: the offer is made again when the article is indexed on return. */
  hostDisconnected(): void {
    this.offer = null;
  }

  /** Sentence `index` became the current one. */
  save(index: number): void {
    this.offer = null;
    const article = this.options.article();
    if (!this.options.enabled() || !article || !this.key) return;
    writeStored(this.key, { sentenceIndex: index, sentenceText: article.sentenceText(index) } satisfies Place);
  }

  /** Reading stopped or reached the end: nothing to continue. */
  forget(): void {
    this.offer = null;
    if (this.key) removeStored(this.key);
  }

  /** The article was indexed; while the reader is `idle`, offer the remembered place if it fits. */
  articleIndexed(idle: boolean): void {
    const root = this.options.root();
    const article = this.options.article();
    if (root !== this.keyRoot || !this.key) {
      this.keyRoot = root;
      const opening = article ? [0, 1, 2].map((index) => article.sentenceText(index)).join('\n') : '';
      const name = root?.id || (opening ? hash(opening) : '');
      this.key = name ? `place:${location.origin}${location.pathname}${location.search}#${name}` : '';
    }
    this.offer = null;
    const saved =
      idle && this.options.enabled() && this.key ? (readStored(this.key) as Partial<Place> | undefined) : undefined;
    const index = saved?.sentenceIndex;
    if (typeof index === 'number' && index > 0 && article?.sentenceText(index) === saved!.sentenceText) {
      this.offer = index;
    }
    this.host.requestUpdate();
  }

  /** The offer goes (taken by the listener, or moot once reading moves); returns what it offered. */
  withdraw(): number | null {
    const offer = this.offer;
    this.offer = null;
    this.host.requestUpdate();
    return offer;
  }
}
