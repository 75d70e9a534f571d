/** What an English page loads before its first render, as one lazy chunk: the UI strings and the site's names. */
export { en as messages } from '../locales/en';
export { default as site } from 'virtual:site-texts/en';
