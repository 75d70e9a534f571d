/**
 * The annotator on a live Solid tree (happy-dom): ruby over the Japanese text only, the text
 * itself unchanged, Solid's own updates followed, and everything restored when switched off.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { For, Show, createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { createAnnotator } from '../../src/app/furigana-dom';
import { encodeReading, readingsFrom } from '../../src/domain/furigana';

const WORDS: Record<string, string> = { 美唄: 'びばい', 市: 'し', 公約: 'こうやく', 取り組み: 'とりくみ', 一覧: 'いちらん', 子育て: 'こそだて', 支援: 'しえん' };
const readings = readingsFrom({ v: 1, longest: 4, words: Object.fromEntries(Object.entries(WORDS).map(([w, r]) => [w, encodeReading(w, r)])) });

/** Flushes the MutationObserver's queue (it reports in a microtask). */
const settle = () => new Promise((r) => setTimeout(r, 0));
const rubies = (el: Element) => [...el.querySelectorAll('ruby')].map((r) => `${r.firstChild?.textContent}(${r.querySelector('rt')?.dataset.r})`);

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function mount(ui: () => unknown): HTMLElement {
  const root = document.createElement('div');
  root.lang = 'ja';
  document.body.append(root);
  dispose = render(ui as () => never, root);
  return root;
}

describe('furigana on a Solid page', () => {
  it('annotates Japanese text only, keeps the text, and restores it when stopped', () => {
    const root = mount(() => (
      <>
        <h1>美唄市の公約</h1>
        <p lang="en">美唄 in English</p>
        <textarea>美唄</textarea>
        <p data-no-furigana>公約</p>
      </>
    ));
    const before = root.innerHTML;
    const a = createAnnotator(document.body, readings);
    a.start();
    const h1 = root.querySelector('h1')!;
    expect(rubies(h1)).toEqual(['美唄(びばい)', '市(し)', '公約(こうやく)']);
    expect(h1.textContent).toBe('美唄市の公約');
    expect(h1.querySelector('rt')!.getAttribute('aria-hidden')).toBe('true');
    expect(h1.querySelector('rt')!.textContent).toBe('');
    expect(root.querySelectorAll('ruby')).toHaveLength(3);
    a.stop();
    expect(root.innerHTML).toBe(before);
  });

  it('follows Solid: new text, removed text, new nodes', async () => {
    const [title, setTitle] = createSignal('美唄市の公約');
    const [items, setItems] = createSignal(['子育て支援']);
    const [shown, setShown] = createSignal(true);
    const root = mount(() => (
      <>
        <h1>{title()}</h1>
        <ul>
          <For each={items()}>{(item) => <li>{item}</li>}</For>
        </ul>
        <Show when={shown()}>
          <p>公約一覧</p>
        </Show>
      </>
    ));
    const a = createAnnotator(document.body, readings);
    a.start();
    const h1 = root.querySelector('h1')!;

    setTitle('取り組み');
    await settle();
    expect(rubies(h1)).toEqual(['取(と)', '組(く)']);
    expect(h1.textContent).toBe('取り組み');

    setTitle('');
    await settle();
    expect(h1.textContent).toBe('');
    expect(rubies(h1)).toEqual([]);

    setItems(['公約一覧', '子育て支援']);
    await settle();
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['公約一覧', '子育て支援']);
    expect(rubies(root.querySelector('li')!)).toEqual(['公約(こうやく)', '一覧(いちらん)']);

    setShown(false);
    await settle();
    expect(root.querySelector('p')).toBeNull();
    setShown(true);
    await settle();
    expect(rubies(root.querySelector('p')!)).toEqual(['公約(こうやく)', '一覧(いちらん)']);

    a.stop();
    expect(root.querySelectorAll('ruby')).toHaveLength(0);
    expect(h1.textContent).toBe('');
    setTitle('美唄市');
    expect(h1.textContent).toBe('美唄市');
    expect(root.querySelector('li')!.textContent).toBe('公約一覧');
  });

  it('keeps the copy next to its text when Solid inserts beside it', async () => {
    const [parts, setParts] = createSignal(['美唄市', '公約']);
    const root = mount(() => <p>{parts()}</p>);
    const a = createAnnotator(document.body, readings);
    a.start();
    setParts(['美唄市', '子育て', '公約']);
    await settle();
    expect(root.querySelector('p')!.textContent).toBe('美唄市子育て公約');
    a.stop();
    expect(root.querySelector('p')!.textContent).toBe('美唄市子育て公約');
  });
});
