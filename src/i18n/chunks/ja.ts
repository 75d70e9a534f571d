/** What a Japanese page loads before its first render, as one lazy chunk: the UI strings and the site's names. */
export { ja as messages } from '../locales/ja';
export { default as site } from 'virtual:site-texts/ja';
