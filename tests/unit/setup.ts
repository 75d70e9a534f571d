/** Gives Dexie a real IndexedDB implementation under happy-dom, and `t` both languages. */
import 'fake-indexeddb/auto';
import { addLocale, addMoreStrings, showLang } from '../../src/i18n';
import * as ja from '../../src/i18n/chunks/ja';
import * as en from '../../src/i18n/chunks/en';
import { jaMore } from '../../src/i18n/locales/ja-more';
import { enMore } from '../../src/i18n/locales/en-more';

// In the browser a page loads its own language's chunk before it renders; tests switch freely.
addLocale('ja', ja);
addLocale('en', en);
addMoreStrings('ja', jaMore);
addMoreStrings('en', enMore);
showLang('ja');
