/**
 * The article's text as units (see text-map.ts), built in slices that give the page back between
 * them, and kept up to date after an edit by walking again only the units the edit touched.
 */
import type { ContentFilter } from './skip-rules.js';
import { readableStyle, startsBlock, walkUnit, type Unit, type WalkContext } from './text-map.js';

/** How long one slice of indexing may hold the main thread. */
const SLICE_MS = 8;

const isBlank = (node: Node) => node.nodeType === Node.TEXT_NODE && !/\S/.test((node as Text).data);
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

// One channel for every turn given back: WebKit keeps each MessageChannel alive, and each new one
// makes every later message slower (measured in WebKitGTK: 1,000 yields on fresh channels 4.9 s,
// on one channel 0.12 s, and after 4,000 fresh ones a message took 35 ms).
let channel: MessageChannel | undefined;
const resumes: (() => void)[] = [];

/** Give the page a turn: `scheduler.yield()` where it exists, a fresh task otherwise. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => resumes.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    resumes.push(resolve);
    port.postMessage(null);
  });
}

/**
 * Walk everything, a slice at a time; false when `superseded()` said to give up. The first slice
 * waits a turn too: it is not added to the task that inserted the reader and drew its controls.
 */
async function buildInSlices(index: ArticleIndex | RootsIndex, superseded: () => boolean): Promise<boolean> {
  for (;;) {
    await yieldToPage();
    if (superseded()) return false;
    index.step();
    if (index.done) return true;
  }
}

export class ArticleIndex {
  /** The units indexed so far, in reading order. */
  readonly units: Unit[] = [];
  private readonly container: Node;
  private readonly context: WalkContext;
  private readonly unitOf = new Map<Node, Unit>();
  private next: Node | null;
  private inline: Node[] = [];

  /** `filter`: what else is left out besides hidden text (none: only hidden text). */
  constructor(
    readonly root: Element,
    private readonly filter?: ContentFilter,
  ) {
    // Descend through wrappers (`<article-reader><article>…`): units are the blocks inside them,
    // so an edit of one paragraph re-walks that paragraph, not the whole article.
    let container: Element = root;
    // Runs carry the language of marked elements inside the root (the root's own is the article's).
    let lang: string | null = null;
    for (;;) {
      const readable = [...container.childNodes].filter(
        (node) => !isBlank(node) && node.nodeType !== Node.COMMENT_NODE,
      );
      const only = readable.length === 1 ? readable[0]! : null;
      const style = only && isElement(only) ? readableStyle(only, filter) : null;
      if (!only || !style || !startsBlock(only as Element, style)) break;
      container = only as Element;
      if (container.hasAttribute('lang')) lang = container.getAttribute('lang') || null;
    }
    this.container = container;
    const visible = container instanceof Element ? getComputedStyle(container).visibility === 'visible' : true;
    this.context = { lang, visible, filter };
    this.next = container.firstChild;
  }

  get done(): boolean {
    return this.next === null && this.inline.length === 0;
  }

  /** Walk units until `deadline` (a `performance.now()` time) or the end. */
  step(deadline = performance.now() + SLICE_MS): void {
    while (this.next && performance.now() < deadline) {
      const node = this.next;
      this.next = node.nextSibling;
      const style = isElement(node) ? readableStyle(node, this.filter) : null;
      if (style && startsBlock(node as Element, style)) {
        this.flushInline();
        this.add(walkUnit([node], true, this.context));
      } else if (style || (node.nodeType === Node.TEXT_NODE && !isBlank(node))) {
        this.inline.push(node);
      } else if (this.inline.length > 0 && isBlank(node)) {
        this.inline.push(node); // white space between inline pieces is part of their text
      }
    }
    if (!this.next) this.flushInline();
  }

  build(superseded: () => boolean): Promise<boolean> {
    return buildInSlices(this, superseded);
  }

  /**
   * Bring the units up to date after `records` (all inside the root). False when the edit is
   * beyond what can be patched (the wrappers or inline text around blocks changed): index anew.
   */
  update(records: readonly MutationRecord[]): boolean {
    if (!this.done) return false;
    const dirty = new Set<Node>();
    for (const record of records) {
      if (record.target === this.container && record.type === 'childList') continue; // blocks added or removed
      const top = this.topLevel(record.target);
      if (!top || this.unitOf.get(top)?.block === false) return false;
      dirty.add(top); // edited, shown or hidden
    }
    return this.restructure(dirty);
  }

  /** Walk the container's children again, reusing the units of blocks no edit touched. */
  private restructure(dirty: ReadonlySet<Node>): boolean {
    if (this.units.some((unit) => !unit.block)) return false;
    const units: Unit[] = [];
    for (let node = this.container.firstChild; node; node = node.nextSibling) {
      const known = this.unitOf.get(node);
      if (known && !dirty.has(node)) {
        units.push(known);
        continue;
      }
      if (isBlank(node) || node.nodeType === Node.COMMENT_NODE) continue;
      const style = isElement(node) ? readableStyle(node, this.filter) : null;
      if (!style && isElement(node)) continue; // skipped (hidden, script, …)
      if (!style || !startsBlock(node as Element, style)) return false; // inline content among blocks
      units.push(walkUnit([node], true, this.context));
    }
    this.units.length = 0;
    this.unitOf.clear();
    for (const unit of units) this.add(unit);
    return true;
  }

  private add(unit: Unit): void {
    this.units.push(unit);
    for (const node of unit.nodes) this.unitOf.set(node, unit);
  }

  private flushInline(): void {
    while (this.inline.length > 0 && isBlank(this.inline[this.inline.length - 1]!)) this.inline.pop();
    if (this.inline.length > 0) this.add(walkUnit(this.inline, false, this.context));
    this.inline = [];
  }

  /** The child of the container that holds `node`, or null when it is not inside one. */
  private topLevel(node: Node): Node | null {
    let current: Node | null = node;
    while (current && current.parentNode !== this.container) current = current.parentNode;
    return current;
  }
}

/**
 * Several article roots (`for="title body"`), read in the given order, each indexed on its own:
 * no unit, so no sentence, holds text of two roots. A root inside another is read once.
 */
export class RootsIndex {
  private readonly parts: ArticleIndex[] = [];
  /** Roots not started yet: each is set up (its filter, its styles) in a slice of its own. */
  private readonly waiting: Element[];

  constructor(
    roots: readonly Element[],
    private readonly filterFor: (root: Element) => ContentFilter | undefined,
  ) {
    this.waiting = roots.filter(
      (root, i) => roots.indexOf(root) === i && !roots.some((other) => other !== root && other.contains(root)),
    );
  }

  /** The units of every root so far, in reading order. */
  get units(): readonly Unit[] {
    return this.parts.length === 1 ? this.parts[0]!.units : this.parts.flatMap((part) => part.units);
  }

  get done(): boolean {
    return this.waiting.length === 0 && this.parts.every((part) => part.done);
  }

  step(deadline = performance.now() + SLICE_MS): void {
    for (const part of this.parts) {
      part.step(deadline);
      if (!part.done) return;
    }
    const root = this.waiting.shift();
    if (root) this.parts.push(new ArticleIndex(root, this.filterFor(root)));
  }

  build(superseded: () => boolean): Promise<boolean> {
    return buildInSlices(this, superseded);
  }

  /** Patch each root the records touched; false when one of them must be indexed anew. */
  update(records: readonly MutationRecord[]): boolean {
    if (!this.done) return false;
    return this.parts.every((part) => {
      const own = records.filter((record) => part.root.contains(record.target));
      return own.length === 0 || part.update(own);
    });
  }
}
