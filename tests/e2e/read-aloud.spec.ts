/**
 * 読み上げ / Read aloud on a pledge page, against a stubbed Web Speech API: the stub records every
 * utterance (text, lang, voice) and plays it on a timer, or holds it until the test moves on,
 * so what is said, in which order and language, and the on-screen marking can be checked
 * without a real voice.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatViolations, gotoApp, pledgeById, runAxe } from './helpers';

interface Said {
  text: string;
  lang: string;
  voice: string | null;
}

interface StubOptions {
  /** The voices getVoices() offers: 'none' for none, 'late' for none until voiceschanged. */
  voices?: 'both' | 'none' | 'late';
  /** No speechSynthesis at all. */
  absent?: boolean;
}

/** Replaces window.speechSynthesis and SpeechSynthesisUtterance before the app loads. */
async function stubSpeech(page: Page, options: StubOptions = {}): Promise<void> {
  await page.addInitScript((o: StubOptions) => {
    if (o.absent) {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      return;
    }
    type Handler = ((e: unknown) => void) | null;
    class Utterance {
      text: string;
      lang = '';
      voice: { lang: string } | null = null;
      onstart: Handler = null;
      onend: Handler = null;
      onerror: Handler = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const voices = [
      { lang: 'ja-JP', name: 'Test Japanese', voiceURI: 'test-ja', default: true, localService: true },
      { lang: 'en-US', name: 'Test English', voiceURI: 'test-en', default: false, localService: true },
    ];
    let offered = o.voices === 'none' || o.voices === 'late' ? [] : voices;
    const state = {
      said: [] as { text: string; lang: string; voice: string | null }[],
      calls: [] as string[],
      /** While true, an utterance ends only when the test calls advance(). */
      hold: false,
      paused: false,
      current: null as Utterance | null,
      queue: [] as Utterance[],
      timer: 0,
    };
    const finish = (u: Utterance) => {
      if (state.current !== u) return;
      state.current = null;
      u.onend?.({ utterance: u });
      next();
    };
    const schedule = () => {
      const u = state.current;
      if (!u || state.hold || state.paused) return;
      state.timer = window.setTimeout(() => finish(u), 5);
    };
    const next = () => {
      if (state.current || state.paused) return;
      const u = state.queue.shift();
      if (!u) return;
      state.current = u;
      state.said.push({ text: u.text, lang: u.lang, voice: u.voice?.lang ?? null });
      setTimeout(() => {
        if (state.current !== u) return;
        u.onstart?.({ utterance: u });
        schedule();
      }, 0);
    };
    const synth = {
      onvoiceschanged: null as Handler,
      get speaking() {
        return state.current !== null;
      },
      get paused() {
        return state.paused;
      },
      get pending() {
        return state.queue.length > 0;
      },
      getVoices: () => offered,
      speak(u: Utterance) {
        state.calls.push('speak');
        state.queue.push(u);
        next();
      },
      cancel() {
        state.calls.push('cancel');
        clearTimeout(state.timer);
        const dropped = [state.current, ...state.queue].filter((u): u is Utterance => u !== null);
        state.current = null;
        state.queue = [];
        state.paused = false;
        for (const u of dropped) setTimeout(() => u.onerror?.({ error: 'canceled', utterance: u }), 0);
      },
      pause() {
        state.calls.push('pause');
        state.paused = true;
        clearTimeout(state.timer);
      },
      resume() {
        state.calls.push('resume');
        state.paused = false;
        schedule();
        next();
      },
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
    const w = window as unknown as Record<string, unknown>;
    w.__speech = {
      state,
      /** Ends the utterance being spoken (in hold mode). */
      advance() {
        if (state.current) finish(state.current);
      },
      offerVoices() {
        offered = voices;
        synth.onvoiceschanged?.({});
      },
    };
  }, options);
}

async function said(page: Page): Promise<Said[]> {
  return page.evaluate(() => (window as unknown as { __speech: { state: { said: Said[] } } }).__speech.state.said);
}

async function calls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __speech: { state: { calls: string[] } } }).__speech.state.calls);
}

async function hold(page: Page, on: boolean): Promise<void> {
  await page.evaluate((v) => {
    (window as unknown as { __speech: { state: { hold: boolean } } }).__speech.state.hold = v;
  }, on);
}

async function advance(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __speech: { advance(): void } }).__speech.advance());
}

const PLEDGE = '22';
const pledge = pledgeById(PLEDGE);
const withR5 = [...pledge.sections.reported, ...pledge.sections.challenges].find((s) => /R5/.test(s))!;

/** The page's section headings (each h2's own text), in document order. */
async function headings(page: Page): Promise<string[]> {
  return page.locator('article section.pledge-section h2').evaluateAll((hs) => hs.map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

function control(page: Page) {
  return page.getByTestId('read-aloud');
}

test('reads every section in order, saying R5 as 令和5年度, in Japanese voices', async ({ page }) => {
  expect(withR5, `pledge ${PLEDGE} has a text with R5`).toBeTruthy();
  await stubSpeech(page);
  await gotoApp(page, `/pledges/${PLEDGE}`);
  await page.getByRole('button', { name: '読み上げ', exact: true }).click();
  await expect(control(page)).toHaveAttribute('data-state', 'idle', { timeout: 20_000 });
  const log = await said(page);
  expect(log.length).toBeGreaterThan(10);
  expect(log.every((u) => u.lang === 'ja-JP' && u.voice === 'ja-JP'), 'a Japanese page speaks ja-JP with the ja-JP voice').toBe(true);

  // Every heading is said, in the page's order.
  const hs = await headings(page);
  let at = -1;
  for (const h of hs) {
    // A heading such as 「R7年度予算編成に向けた取組」 is said with the year spelled out.
    const spoken = h.replace(/R([0-9]+)年度/g, '令和$1年度');
    const i = log.findIndex((u, k) => k > at && u.text === spoken);
    expect(i, `heading 「${h}」 is said after the one before`).toBeGreaterThan(at);
    at = i;
  }
  expect(log[0]!.text).toBe(hs[0]);

  const all = log.map((u) => u.text).join('');
  expect(all).toContain('令和5年度において12月と2月の2回');
  expect(all).toContain('令和6年度予算の査定');
  expect(all).not.toMatch(/R[0-9０-９]/);
  expect(all).not.toContain('令和5年度年度');
  // Buttons ("説明") and the closed source text are not read; the source heading is.
  expect(all).not.toContain(pledge.source.text.slice(0, 30));
  expect(log.some((u) => u.text === '説明')).toBe(false);
  // Long texts come in pieces a voice says within Chrome's limit.
  expect(Math.max(...log.map((u) => u.text.length))).toBeLessThanOrEqual(90);
  await expect(page.locator('[aria-current="true"].pledge-section')).toHaveCount(0);
});

test('pause, resume and stop; the section being read is marked', async ({ page }) => {
  await stubSpeech(page);
  await gotoApp(page, `/pledges/${PLEDGE}`);
  await hold(page, true);
  await page.getByRole('button', { name: '読み上げ', exact: true }).click();
  const first = page.locator('article section.pledge-section').first();
  await expect(first).toHaveAttribute('aria-current', 'true');
  await expect(first).toHaveClass(/read-aloud-current/);
  const label = await first.evaluate((el) => getComputedStyle(el, '::before').content);
  expect(label).toContain('読み上げ中');
  const style = await first.evaluate((el) => getComputedStyle(el).borderLeftWidth);
  expect(parseFloat(style)).toBeGreaterThanOrEqual(4);
  await expect(control(page)).toContainText(`読み上げ中：${(await headings(page))[0]}`);
  await expect(page.locator('.pledge-section[aria-current]')).toHaveCount(1);

  await page.getByRole('button', { name: '一時停止' }).click();
  expect(await calls(page)).toContain('pause');
  await expect(page.getByRole('button', { name: '再開' })).toBeVisible();
  const before = (await said(page)).length;
  await page.getByRole('button', { name: '再開' }).click();
  expect(await calls(page)).toContain('resume');
  await expect(page.getByRole('button', { name: '一時停止' })).toBeVisible();

  // Move on to the second section: the mark follows.
  const second = page.locator('article section.pledge-section').nth(1);
  for (let i = 0; i < 20 && (await second.getAttribute('aria-current')) !== 'true'; i++) await advance(page);
  await expect(second).toHaveAttribute('aria-current', 'true');
  await expect(first).not.toHaveAttribute('aria-current', 'true');
  expect((await said(page)).length).toBeGreaterThan(before);

  await page.getByRole('button', { name: '停止', exact: true }).click();
  expect((await calls(page)).at(-1)).toBe('cancel');
  await expect(page.locator('.pledge-section[aria-current]')).toHaveCount(0);
  await expect(page.locator('.read-aloud-current')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '読み上げ', exact: true })).toBeFocused();
  const n = (await said(page)).length;
  await page.waitForTimeout(100);
  expect((await said(page)).length, 'nothing more is said after stop').toBe(n);
});

test('one section only, chosen in the labelled chooser', async ({ page }) => {
  await stubSpeech(page);
  await gotoApp(page, `/pledges/${PLEDGE}`);
  const chooser = page.getByLabel('読み上げる範囲');
  await expect(chooser.locator('option')).toHaveText(['すべてのセクション', ...(await headings(page))]);
  await chooser.selectOption({ label: '内容' });
  await page.getByRole('button', { name: '読み上げ', exact: true }).click();
  await expect(control(page)).toHaveAttribute('data-state', 'idle');
  expect((await said(page)).map((u) => u.text)).toEqual(['内容', pledge.summary]);
});

test('on an English page, interface headings are read in English and pledge texts in Japanese', async ({ page }) => {
  await stubSpeech(page);
  await gotoApp(page, `/en/pledges/${PLEDGE}`);
  await page.getByRole('button', { name: 'Read aloud', exact: true }).click();
  await expect(control(page)).toHaveAttribute('data-state', 'idle', { timeout: 20_000 });
  const log = await said(page);
  expect(log.find((u) => u.text === 'Summary')).toMatchObject({ lang: 'en-US', voice: 'en-US' });
  expect(log.find((u) => u.text === pledge.summary)).toMatchObject({ lang: 'ja-JP', voice: 'ja-JP' });
  expect(log.find((u) => u.text.includes('令和5年度において'))).toMatchObject({ lang: 'ja-JP' });
  expect(log[0]).toMatchObject({ text: 'Departments', lang: 'en-US' });
});

test('no control where the device has no voice or no speech synthesis; it comes when voices arrive', async ({ page }) => {
  await stubSpeech(page, { voices: 'none' });
  await gotoApp(page, `/pledges/${PLEDGE}`);
  await page.waitForTimeout(500);
  await expect(control(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: '読み上げ', exact: true })).toHaveCount(0);

  const other = await page.context().newPage();
  await stubSpeech(other, { absent: true });
  await gotoApp(other, `/pledges/${PLEDGE}`);
  await other.waitForTimeout(500);
  await expect(control(other)).toHaveCount(0);
  await other.close();

  const late = await page.context().newPage();
  await stubSpeech(late, { voices: 'late' });
  await gotoApp(late, `/pledges/${PLEDGE}`);
  await late.waitForTimeout(300);
  await expect(control(late)).toHaveCount(0);
  await late.evaluate(() => (window as unknown as { __speech: { offerVoices(): void } }).__speech.offerVoices());
  await expect(late.getByRole('button', { name: '読み上げ', exact: true })).toBeVisible();
  await late.close();
});

test('keyboard only: start, pause, resume and stop', async ({ page }) => {
  await stubSpeech(page);
  await gotoApp(page, `/pledges/${PLEDGE}`);
  await hold(page, true);
  const start = page.getByRole('button', { name: '読み上げ', exact: true });
  await expect(start).toBeVisible();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await start.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  const pause = page.getByRole('button', { name: '一時停止' });
  await expect(pause).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: '再開' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pause).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '停止', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(start).toBeFocused();
  expect(await calls(page)).toEqual(expect.arrayContaining(['speak', 'pause', 'resume', 'cancel']));
  await expect(page.locator('.pledge-section[aria-current]')).toHaveCount(0);
});

test('axe finds nothing while reading, in light and dark', async ({ page }) => {
  await stubSpeech(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await gotoApp(page, `/pledges/${PLEDGE}`);
    await hold(page, true);
    await page.getByRole('button', { name: '読み上げ', exact: true }).click();
    await expect(page.locator('.pledge-section[aria-current="true"]')).toHaveCount(1);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.getByRole('button', { name: '一時停止' }).click();
    const paused = await runAxe(page);
    expect(paused, formatViolations(paused)).toEqual([]);
  }
});

test('leaving the pledge stops reading', async ({ page }) => {
  await stubSpeech(page);
  await gotoApp(page, `/pledges/${PLEDGE}`);
  await hold(page, true);
  await page.getByRole('button', { name: '読み上げ', exact: true }).click();
  await expect(page.locator('.pledge-section[aria-current="true"]')).toHaveCount(1);
  await page.getByRole('link', { name: /次の公約/ }).click();
  await expect(page).not.toHaveURL(new RegExp(`/pledges/${PLEDGE}$`));
  await expect.poll(async () => (await calls(page)).at(-1)).toBe('cancel');
  await expect(page.locator('.pledge-section[aria-current]')).toHaveCount(0);
  await expect(control(page)).toHaveAttribute('data-state', 'idle');
});
