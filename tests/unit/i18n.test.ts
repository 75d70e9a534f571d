import { describe, expect, it } from 'vitest';
import { ja as jaCore } from '../../src/i18n/locales/ja';
import { en as enCore } from '../../src/i18n/locales/en';
import { jaMore } from '../../src/i18n/locales/ja-more';
import { enMore } from '../../src/i18n/locales/en-more';
import { jaFiles } from '../../src/i18n/locales/ja-files';
import { enFiles } from '../../src/i18n/locales/en-files';

// Every bundle of each language: the one every page loads, the one features load with them and
// the build's, for the files it writes.
const ja = { ...jaCore, ...jaMore, ...jaFiles };
const en = { ...enCore, ...enMore, ...enFiles };
import { detectLang, rememberLang, showLang, startInLang, t, lang } from '../../src/i18n';
import { appPathOf, langPath, otherLangHref, splitLangPath } from '../../src/domain/lang-path';
import { createLangOffer } from '../../src/app/lang-offer';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('have identical key sets', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  it('keep each key in one bundle only', () => {
    const bundles = [Object.keys(jaCore), Object.keys(jaMore), Object.keys(jaFiles)];
    const all = bundles.flat();
    expect(all.length).toBe(new Set(all).size);
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

  it('shows a language: interpolates, plurals, <html lang>', async () => {
    await startInLang('en');
    expect(lang()).toBe('en');
    expect(t('list.count', { count: 3 })).toBe('3 pledges');
    expect(t('list.count', { count: 1 })).toBe('1 pledge');
    expect(t('bookmarks.count', { count: 1 })).toBe('1 bookmark');
    expect(document.documentElement.lang).toBe('en');
    showLang('ja');
    expect(t('list.count', { count: 3 })).toBe('3件');
    expect(t('list.count', { count: 1 })).toBe('1件');
    expect(document.documentElement.lang).toBe('ja');
  });
});

describe('language of a URL', () => {
  it('is English under /en and Japanese elsewhere', () => {
    expect(splitLangPath('/en/pledges/20')).toEqual({ lang: 'en', path: '/pledges/20' });
    expect(splitLangPath('/en')).toEqual({ lang: 'en', path: '/' });
    expect(splitLangPath('/en/')).toEqual({ lang: 'en', path: '/' });
    expect(splitLangPath('/pledges')).toEqual({ lang: 'ja', path: '/pledges' });
    expect(splitLangPath('/english')).toEqual({ lang: 'ja', path: '/english' });
    expect(splitLangPath('/')).toEqual({ lang: 'ja', path: '/' });
  });

  it('reads the app path of a URL under any base, folder form or not', () => {
    expect(appPathOf('/', '/')).toBe('/');
    expect(appPathOf('/pledges/20/', '/')).toBe('/pledges/20');
    expect(appPathOf('/en/', '/')).toBe('/en');
    expect(appPathOf('/bibai/', '/bibai/')).toBe('/');
    expect(appPathOf('/bibai/en/pledges/20', '/bibai/')).toBe('/en/pledges/20');
  });

  it('builds a path in a language', () => {
    expect(langPath('en', '/')).toBe('/en');
    expect(langPath('en', '/pledges/20')).toBe('/en/pledges/20');
    expect(langPath('ja', '/')).toBe('/');
    expect(langPath('ja', '/about')).toBe('/about');
  });

  it('links the same page in the other language, as the folder URL, keeping query and hash', () => {
    expect(otherLangHref('/pledges/20', '', '', '/')).toBe('/en/pledges/20/');
    expect(otherLangHref('/pledges/20/', '', '#kpi', '/')).toBe('/en/pledges/20/#kpi');
    expect(otherLangHref('/en/pledges', '?status=delayed&q=%E6%95%99', '', '/')).toBe('/pledges/?status=delayed&q=%E6%95%99');
    expect(otherLangHref('/', '', '', '/')).toBe('/en/');
    expect(otherLangHref('/en', '', '', '/')).toBe('/');
    expect(otherLangHref('/bibai/en/about/', '', '', '/bibai/')).toBe('/bibai/about/');
    expect(otherLangHref('/bibai/', '', '', '/bibai/')).toBe('/bibai/en/');
  });
});

describe('offering the reader\'s language', () => {
  it('offers English on a Japanese page to a reader who chose English, until declined', async () => {
    showLang('ja');
    rememberLang('en');
    const offer = createLangOffer();
    await offer.offer();
    expect(offer.offered()).toBe('en');
    offer.decline();
    expect(offer.offered()).toBeNull();
    expect(localStorage.getItem('bibai.lang')).toBe('ja');
    // The next page's offer: the choice was remembered.
    const next = createLangOffer();
    await next.offer();
    expect(next.offered()).toBeNull();
  });

  it('offers nothing when the page is already in the reader\'s language', async () => {
    rememberLang('en');
    showLang('en');
    const offer = createLangOffer();
    await offer.offer();
    expect(offer.offered()).toBeNull();
    showLang('ja');
    localStorage.removeItem('bibai.lang');
  });
});
