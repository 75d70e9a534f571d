import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { PledgeNote } from '../../../src/components/notes/PledgeNote';
import type { Pledge } from '../../../src/domain/schema';
import { makeDataset } from '../fixtures';
import { renderInApp, testServices } from './harness';

const hydrated = Promise.resolve();

afterEach(async () => {
  vi.restoreAllMocks();
  await (await testServices.db())?.notes.clear();
});

const field = () => screen.getByRole('textbox') as HTMLTextAreaElement;

describe('PledgeNote', () => {
  it('stays closed to typing until the stored note is read, then shows it', async () => {
    const dataset = makeDataset();
    const pledge = dataset.pledges[0]!;
    const store = await testServices.notes();
    await store.save({ pledgeId: pledge.id, text: '保存済みのメモ', baseRevision: 0, writer: 'test', at: 1 });
    // The store is open but its first answer is held back, as a slow disk does.
    let deliver: () => void = () => {};
    const observe = store.observe.bind(store);
    vi.spyOn(store, 'observe').mockImplementation((id, listener, onError) => {
      let held: Parameters<typeof listener>[0] | undefined;
      let open = false;
      deliver = () => {
        open = true;
        if (held !== undefined) listener(held);
      };
      return observe(id, (row) => (open ? listener(row) : (held = row)), onError);
    });
    renderInApp(() => <PledgeNote pledge={pledge} edition={dataset} />, { dataset, hydrated });
    // The component hands over its store before it asks it: from here the store is set.
    await waitFor(() => expect(store.observe).toHaveBeenCalled());
    // Typed into before the stored text arrives, the two would be mixed.
    expect(field().disabled).toBe(true);
    deliver();
    await waitFor(() => expect(field().value).toBe('保存済みのメモ'));
    expect(field().disabled).toBe(false);
  });

  it('keeps the field and what is being typed when a refreshed dataset hands over the same pledge anew', async () => {
    const dataset = makeDataset();
    const first = dataset.pledges[0]!;
    const store = await testServices.notes();
    await store.save({ pledgeId: first.id, text: '前のメモ', baseRevision: 0, writer: 'test', at: 1 });
    const [pledge, setPledge] = createSignal<Pledge>(first);
    renderInApp(() => <PledgeNote pledge={pledge()} edition={dataset} />, { dataset, hydrated });
    await waitFor(() => expect(field().value).toBe('前のメモ'));
    const el = field();
    el.value = '前のメモに書き足す';
    fireEvent.input(el);
    setPledge({ ...first, title: { ...first.title } });
    // Neither emptied nor closed while the same note is shown.
    expect(field().value).toBe('前のメモに書き足す');
    expect(field().disabled).toBe(false);
    await waitFor(async () => expect((await store.get(first.id))?.text).toBe('前のメモに書き足す'));
    expect(field().value).toBe('前のメモに書き足す');
  });
});
