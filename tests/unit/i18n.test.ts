import { describe, expect, it } from 'vitest';
import { ja } from '../../src/i18n/locales/ja';
import { en } from '../../src/i18n/locales/en';
import { detectLang, setLang, t, lang } from '../../src/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('have identical key sets', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...Object.entries(ja), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(ja) as (keyof typeof ja)[]) expect(placeholders(en[key]), key).toEqual(placeholders(ja[key]));
  });

  it('name the contract strings exactly', () => {
    expect([ja['nav.overview'], ja['nav.pledges'], ja['nav.bookmarks'], ja['nav.about']]).toEqual(['概要', '公約一覧', 'ブックマーク', 'このアプリについて']);
    expect([en['nav.overview'], en['nav.pledges'], en['nav.bookmarks'], en['nav.about']]).toEqual(['Overview', 'Pledges', 'Bookmarks', 'About']);
    expect(ja['lang.switch']).toBe('English');
    expect(en['lang.switch']).toBe('日本語');
  });
});

describe('language', () => {
  it('detects English browsers as en and everything else as ja, a stored choice first', () => {
    expect(detectLang(null, ['en-GB', 'ja'])).toBe('en');
    expect(detectLang(null, ['fr-FR', 'en'])).toBe('ja');
    expect(detectLang(null, [])).toBe('ja');
    expect(detectLang('en', ['ja-JP'])).toBe('en');
    expect(detectLang('xx', ['ja-JP'])).toBe('ja');
  });

  it('switches, interpolates, sets <html lang> and remembers the choice', async () => {
    // English is a lazy chunk: the switch completes once its strings are loaded.
    await setLang('en');
    expect(lang()).toBe('en');
    expect(t('list.count', { count: 3 })).toBe('3 pledges');
    expect(t('list.count', { count: 1 })).toBe('1 pledge');
    expect(t('bookmarks.count', { count: 1 })).toBe('1 bookmark');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('bibai.lang')).toBe('en');
    await setLang('ja');
    expect(t('list.count', { count: 3 })).toBe('3件');
    expect(t('list.count', { count: 1 })).toBe('1件');
    expect(document.documentElement.lang).toBe('ja');
  });
});
