/** Every UI string's key: the strings every page loads, and those that load with their feature's chunk. */
import type { ja } from './locales/ja';
import type { MoreMessageKey } from './locales/ja-more';

export type CoreMessageKey = keyof typeof ja;
export type MessageKey = CoreMessageKey | MoreMessageKey;
