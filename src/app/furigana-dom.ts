/**
 * Puts furigana over the Japanese text of a live, Solid-owned page, and takes it off again.
 *
 * Solid keeps references to its text nodes: it writes `node.data`, writes `parent.firstChild.data`,
 * removes them and inserts before their `nextSibling`. So a text node T is never removed or moved
 * here: T stays in place with its data emptied, the annotated copy (a `<span>` of text and
 * `<ruby>` elements) goes right after it, and T → {text, nodes} is remembered. A MutationObserver follows
 * Solid: T's data written again means new text (the copy is redone), T removed takes its copy
 * with it, a node Solid inserted between T and its copy moves the copy back next to T, and new
 * nodes are annotated. `takeRecords()` after each pass drops the records of this module's own
 * changes. Stopping restores every T's data and removes every copy.
 *
 * The reading is in `<rt data-r>`, shown by CSS (`rt::before { content: attr(data-r) }`): generated
 * content is not copied, so copying the text gives the text, and the `<rt>` is aria-hidden, so a
 * screen reader reads each word once.
 */
import { hasKanji, segmentText, type Readings } from '../domain/furigana';

/** Where text is not prose to annotate: form controls, code, graphics, existing ruby, opt-outs. */
const SKIP = 'script,style,noscript,template,textarea,input,select,option,ruby,rt,rp,svg,canvas,math,[data-no-furigana]';

interface Annotated {
  text: string;
  nodes: Node[];
}

export interface Annotator {
  start(): void;
  stop(): void;
  /** Whether it is running (for tests). */
  readonly running: boolean;
}

function isJapanese(el: Element): boolean {
  const lang = el.closest('[lang]')?.getAttribute('lang')?.toLowerCase() ?? '';
  return lang === 'ja' || lang.startsWith('ja-');
}

export function createAnnotator(root: HTMLElement, readings: Readings): Annotator {
  const doc = root.ownerDocument;
  const annotated = new WeakMap<Text, Annotated>();
  /** The annotated nodes in the page, to restore them on stop (pruned as they leave the page). */
  const live = new Set<Text>();
  /** Every node this module made, so that it never annotates its own output. */
  const made = new WeakSet<Node>();
  let observer: MutationObserver | undefined;

  function eligible(t: Text): boolean {
    const parent = t.parentElement;
    return !!parent && !made.has(t) && !parent.closest(SKIP) && isJapanese(parent);
  }

  /**
   * The annotated copy of a text, in one inline <span>: where the text was a flex or grid item of
   * its parent (a button, a badge), it stays one item, not one per word with gaps between them.
   */
  function build(text: string): Node[] | undefined {
    const segments = segmentText(text, readings);
    if (!segments.some((s) => s.ruby !== undefined)) return undefined;
    const span = doc.createElement('span');
    span.className = 'furigana';
    for (const s of segments) {
      if (s.ruby === undefined) {
        span.append(s.text);
        continue;
      }
      const ruby = doc.createElement('ruby');
      const rt = doc.createElement('rt');
      rt.dataset.r = s.ruby;
      rt.setAttribute('aria-hidden', 'true');
      ruby.append(s.text, rt);
      span.append(ruby);
    }
    for (const n of span.querySelectorAll('*')) made.add(n);
    for (const n of span.childNodes) made.add(n);
    return [span];
  }

  function drop(t: Text): Annotated | undefined {
    const entry = annotated.get(t);
    if (!entry) return undefined;
    for (const n of entry.nodes) n.parentNode?.removeChild(n);
    annotated.delete(t);
    live.delete(t);
    return entry;
  }

  /** Keeps T's copy right after T (Solid may have inserted a node of its own in between). */
  function repair(t: Text): void {
    const entry = annotated.get(t);
    if (!entry) return;
    if (!t.isConnected) {
      drop(t);
      return;
    }
    let next = t.nextSibling;
    for (const n of entry.nodes) {
      if (n !== next) {
        t.after(...entry.nodes);
        return;
      }
      next = n.nextSibling;
    }
  }

  function annotate(t: Text): void {
    // Emptied by this module and not written since (a write drops the copy first, in flush).
    if (annotated.has(t)) return repair(t);
    if (!hasKanji(t.data) || !eligible(t)) return;
    const nodes = build(t.data);
    if (!nodes) return;
    for (const n of nodes) made.add(n);
    const text = t.data;
    t.after(...nodes);
    t.data = '';
    annotated.set(t, { text, nodes });
    live.add(t);
  }

  function scan(node: Node): void {
    if (node.nodeType === 3) return annotate(node as Text);
    if (node.nodeType !== 1 || made.has(node) || (node as Element).closest(SKIP)) return;
    const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    for (const t of texts) annotate(t);
  }

  function flush(records: MutationRecord[]): void {
    const check = new Set<Text>();
    const parents = new Set<Node>();
    const added: Node[] = [];
    let removedElements = false;
    for (const r of records) {
      if (r.type === 'characterData') {
        if (made.has(r.target)) continue;
        // Solid wrote this node's text (even '' : the old copy must not stay on screen).
        drop(r.target as Text);
        added.push(r.target);
        continue;
      }
      parents.add(r.target);
      for (const n of r.addedNodes) if (!made.has(n)) added.push(n);
      for (const n of r.removedNodes) {
        if (n.nodeType === 3 && annotated.has(n as Text)) check.add(n as Text);
        else if (n.nodeType === 1 && !made.has(n)) removedElements = true;
      }
    }
    for (const t of check) repair(t);
    for (const p of parents) for (const c of p.childNodes) if (c.nodeType === 3 && annotated.has(c as Text)) repair(c as Text);
    for (const n of added) if (n.isConnected) scan(n);
    // Whole subtrees that left the page took their copies with them: forget their nodes.
    if (removedElements) for (const t of live) if (!t.isConnected) live.delete(t);
    observer?.takeRecords();
  }

  return {
    get running() {
      return !!observer;
    },
    start() {
      if (observer) return;
      observer = new MutationObserver(flush);
      observer.observe(root, { childList: true, characterData: true, subtree: true });
      scan(root);
      observer.takeRecords();
    },
    stop() {
      if (!observer) return;
      observer.disconnect();
      observer = undefined;
      for (const t of live) {
        const entry = drop(t);
        if (entry && t.isConnected && t.data === '') t.data = entry.text;
      }
      live.clear();
    },
  };
}
