/**
 * Where the build writes the Atom feeds (src/build/open-data/feeds.ts), under the app's base: the
 * pages link them in their <head> and the /data page lists them.
 */
import type { Lang } from './format.ts';
import { LANG_PREFIX } from './lang-path.ts';

/** A language's feed: the whole roadmap, or one basic policy's pledges (`en/pledges/policy/2/feed.xml`). */
export function feedPath(lang: Lang, policy?: number): string {
  const prefix = LANG_PREFIX[lang].replace(/^\//, '');
  const path = policy === undefined ? 'feed.xml' : `pledges/policy/${policy}/feed.xml`;
  return prefix ? `${prefix}/${path}` : path;
}
