import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { BookmarkButton } from '../../../src/components/BookmarkButton';
import { message } from '../../../src/app/announcer';
import { renderInApp, testServices } from './harness';

// The app opens IndexedDB (here fake-indexeddb) only once the page is hydrated: these pages are.
const hydrated = Promise.resolve();

afterEach(async () => {
  vi.restoreAllMocks();
  await (await testServices.db())?.bookmarks.clear();
});

const stored = async () => (await (await testServices.bookmarks()).list()).map((r) => r.pledgeId);
const button = () => screen.getByRole('button', { name: 'ブックマーク: 2-1' });

describe('BookmarkButton', () => {
  it('is a toggle button that stores the bookmark in IndexedDB, shows it pressed and says so; a second press removes it', async () => {
    renderInApp(() => <BookmarkButton pledgeId="2-1" withId />, { hydrated });
    expect(button().getAttribute('type')).toBe('button');
    expect(button().getAttribute('aria-pressed')).toBe('false');
    // The icon says nothing of its own: the name is the words.
    expect(button().querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    fireEvent.click(button());
    await waitFor(() => expect(button().getAttribute('aria-pressed')).toBe('true'));
    expect(await stored()).toEqual(['2-1']);
    await waitFor(() => expect(message()).toBe('公約2-1をブックマークしました'));

    fireEvent.click(button());
    await waitFor(() => expect(button().getAttribute('aria-pressed')).toBe('false'));
    expect(await stored()).toEqual([]);
    await waitFor(() => expect(message()).toBe('公約2-1のブックマークを外しました'));
  });

  it('shows a bookmark stored before (another visit, another tab) as pressed, and follows its removal', async () => {
    const store = await testServices.bookmarks();
    await store.add('2-1');
    renderInApp(() => <BookmarkButton pledgeId="2-1" withId />, { hydrated });
    await waitFor(() => expect(button().getAttribute('aria-pressed')).toBe('true'));
    await store.remove('2-1');
    await waitFor(() => expect(button().getAttribute('aria-pressed')).toBe('false'));
  });

  it('says the disk is full when the write fails for space, and stays unpressed', async () => {
    const store = await testServices.bookmarks();
    vi.spyOn(store, 'add').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    renderInApp(() => <BookmarkButton pledgeId="2-1" withId />, { hydrated });
    fireEvent.click(button());
    await waitFor(() => expect(message()).toBe('端末の空き容量が足りないため、ブックマークを保存できませんでした。ほかのブックマークは残っています。'));
    expect(button().getAttribute('aria-pressed')).toBe('false');
    expect(await stored()).toEqual([]);
  });
});
