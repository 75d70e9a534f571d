/** Small browser helpers the chart uses: a media query as a signal, and "when near the viewport". */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoot } from 'solid-js';
import { createMediaQuery } from '../../src/app/media-query';
import { whenNear } from '../../src/app/when-near';

afterEach(() => vi.unstubAllGlobals());

describe('createMediaQuery', () => {
  /** A MediaQueryList whose `change` the test fires. */
  function fakeMatchMedia(initial: boolean) {
    const listeners = new Set<(e: { matches: boolean }) => void>();
    const mq = {
      matches: initial,
      addEventListener: (_: string, f: (e: { matches: boolean }) => void) => listeners.add(f),
      removeEventListener: (_: string, f: (e: { matches: boolean }) => void) => listeners.delete(f),
    };
    const matchMedia = vi.fn(() => mq);
    vi.stubGlobal('matchMedia', matchMedia);
    return { matchMedia, listeners, fire: (matches: boolean) => listeners.forEach((f) => f({ matches })) };
  }

  it('starts from the query, follows its changes, and stops listening with its owner', () => {
    const media = fakeMatchMedia(true);
    createRoot((dispose) => {
      const dark = createMediaQuery('(prefers-color-scheme: dark)');
      expect(media.matchMedia).toHaveBeenCalledWith('(prefers-color-scheme: dark)');
      expect(dark()).toBe(true);
      media.fire(false);
      expect(dark()).toBe(false);
      expect(media.listeners.size).toBe(1);
      dispose();
    });
    expect(media.listeners.size).toBe(0);
  });

  it('is false where there is no matchMedia', () => {
    vi.stubGlobal('matchMedia', undefined);
    createRoot((dispose) => {
      expect(createMediaQuery('(prefers-reduced-motion: reduce)')()).toBe(false);
      dispose();
    });
  });
});

describe('whenNear', () => {
  /** An IntersectionObserver the test drives. */
  function fakeObserver() {
    const made: { callback: (entries: { isIntersecting: boolean }[]) => void; options: IntersectionObserverInit; observed: Element[]; disconnected: boolean }[] = [];
    class FakeIO {
      rec;
      constructor(callback: (entries: { isIntersecting: boolean }[]) => void, options: IntersectionObserverInit) {
        this.rec = { callback, options, observed: [] as Element[], disconnected: false };
        made.push(this.rec);
      }
      observe(el: Element) {
        this.rec.observed.push(el);
      }
      disconnect() {
        this.rec.disconnected = true;
      }
    }
    vi.stubGlobal('IntersectionObserver', FakeIO);
    return made;
  }

  it('calls back once the element comes within the margin, then stops watching', () => {
    const made = fakeObserver();
    const el = document.createElement('div');
    const near = vi.fn();
    whenNear(el, '0px 0px 100px 0px', near);
    const io = made[0]!;
    expect(io.options.rootMargin).toBe('0px 0px 100px 0px');
    expect(io.observed).toEqual([el]);
    io.callback([{ isIntersecting: false }]);
    expect(near).not.toHaveBeenCalled();
    io.callback([{ isIntersecting: true }]);
    expect(near).toHaveBeenCalledTimes(1);
    expect(io.disconnected).toBe(true);
  });

  it('can be stopped before that', () => {
    const made = fakeObserver();
    const stop = whenNear(document.createElement('div'), '0px', () => {});
    stop();
    expect(made[0]!.disconnected).toBe(true);
  });

  it('calls back at once where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const near = vi.fn();
    whenNear(document.createElement('div'), '0px', near);
    expect(near).toHaveBeenCalledTimes(1);
  });
});
