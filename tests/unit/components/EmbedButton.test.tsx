import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { EmbedButton } from '../../../src/components/EmbedButton';
import { message } from '../../../src/app/announcer';
import { inLang, renderInApp } from './harness';

afterEach(() => vi.restoreAllMocks());

const toggle = (name = '埋め込む') => screen.getByRole('button', { name });

describe('EmbedButton', () => {
  it('is a disclosure: closed at first, then the iframe code of the card in a read-only, labelled field', async () => {
    renderInApp(() => <EmbedButton pledgeId="20" />);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    const field = (await screen.findByRole('textbox', { name: '埋め込み用のコード（iframe）' })) as HTMLTextAreaElement;
    expect(toggle().getAttribute('aria-controls')).toBe(field.closest('[role="group"]')!.id);
    expect(field.readOnly).toBe(true);
    expect(field.getAttribute('aria-describedby')).toBe(screen.getByText(/ほかのサイトの HTML に貼り付ける/).id);
    expect(field.value).toBe(`<iframe src="${location.origin}/embed/pledges/20/" title="公約20（美唄市 公約ロードマップ）" width="100%" height="320" style="max-width: 600px; border: 0" loading="lazy"></iframe>`);
    fireEvent.click(toggle());
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('points an English page at the English card', async () => {
    inLang('en');
    renderInApp(() => <EmbedButton pledgeId="2-1" />);
    fireEvent.click(toggle('Embed'));
    expect(((await screen.findByRole('textbox', { name: 'Code to embed (iframe)' })) as HTMLTextAreaElement).value).toContain(`src="${location.origin}/en/embed/pledges/2-1/" title="Pledge 2-1 (Bibai Pledge Tracker)"`);
  });

  it('copies the code and says so; where copying fails it selects the code and says how', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderInApp(() => <EmbedButton pledgeId="20" />);
    fireEvent.click(toggle());
    fireEvent.click(await screen.findByRole('button', { name: 'コードをコピー' }));
    await waitFor(() => expect(message()).toBe('埋め込み用のコードをコピーしました'));
    expect(writeText).toHaveBeenCalledWith((screen.getByRole('textbox') as HTMLTextAreaElement).value);

    // No clipboard permission, and (happy-dom) no execCommand: nothing can copy.
    writeText.mockRejectedValue(new Error('denied'));
    fireEvent.click(screen.getByRole('button', { name: 'コードをコピー' }));
    await waitFor(() => expect(message()).toBe('コピーできませんでした。コードを選択してコピーしてください。'));
    expect(document.activeElement).toBe(screen.getByRole('textbox'));
  });

  it('closes on Escape and on its close button, giving focus back to the toggle', async () => {
    renderInApp(() => <EmbedButton pledgeId="20" />);
    fireEvent.click(toggle());
    fireEvent.keyDown(await screen.findByRole('textbox'), { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(toggle());
    fireEvent.click(toggle());
    fireEvent.click(await screen.findByRole('button', { name: '閉じる' }));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(toggle());
  });
});
