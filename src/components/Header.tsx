import { For } from 'solid-js';
import { A } from '@solidjs/router';
import { lang, rememberLang, t, type MessageKey } from '../i18n';
import { useOtherLangHref } from '../app/other-lang';
import { TEXT_SIZES, setTextSize, textSize, type TextSize } from '../app/text-size';
import { furigana, setFurigana } from '../app/furigana';
import { OfflineIndicator } from './OfflineIndicator';
import { OfferSlot } from './OfferSlot';
import { PledgeJump } from './PledgeJump';

const NAV: { href: string; key: MessageKey }[] = [
  { href: '/', key: 'nav.overview' },
  { href: '/pledges', key: 'nav.pledges' },
  { href: '/bookmarks', key: 'nav.bookmarks' },
  { href: '/notes', key: 'nav.notes' },
  { href: '/changes', key: 'nav.changes' },
  { href: '/about', key: 'nav.about' },
];

const SIZE_KEY: Record<TextSize, MessageKey> = { normal: 'textSize.normal', large: 'textSize.large', xlarge: 'textSize.xlarge' };

export function Header() {
  const otherHref = useOtherLangHref();
  const other = () => (lang() === 'ja' ? 'en' : 'ja');
  return (
    <header class="site-header">
      <div class="site-header__top">
        <A href="/" class="site-name" end>
          {t('site.name')}
        </A>
        <OfflineIndicator />
        <div class="site-header__tools">
          {/* A link, not a button: the other language is another URL (its own prerendered page),
              it works with JavaScript off, and `target` keeps the router from handling it. */}
          <a
            class="btn btn--small"
            href={otherHref()}
            hreflang={other()}
            lang={other()}
            target="_self"
            onClick={() => rememberLang(other())}
          >
            {t('lang.switch')}
          </a>
          <div role="group" aria-labelledby="text-size-label" class="text-size">
            <span id="text-size-label" class="text-size__label">
              {t('textSize.label')}
            </span>
            <For each={TEXT_SIZES}>
              {(size) => (
                <button
                  type="button"
                  class={`btn btn--small text-size__btn text-size__btn--${size}`}
                  aria-pressed={textSize() === size ? 'true' : 'false'}
                  onClick={() => setTextSize(size)}
                >
                  {t(SIZE_KEY[size])}
                </button>
              )}
            </For>
          </div>
          {/* On English pages too: it annotates their Japanese texts (the pledges as published). */}
          <button type="button" class="btn btn--small furigana-btn" aria-pressed={furigana() ? 'true' : 'false'} onClick={() => setFurigana(!furigana())}>
            {t('furigana.label')}
          </button>
        </div>
      </div>
      <nav aria-label={t('nav.label')} class="site-nav">
        <ul>
          <For each={NAV}>
            {(item) => (
              <li>
                <A href={item.href} end={item.href === '/'} activeClass="is-active">
                  {t(item.key)}
                </A>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <PledgeJump />
      <OfferSlot />
    </header>
  );
}
