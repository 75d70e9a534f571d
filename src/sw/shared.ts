/** Names the worker and the page both use. Plain constants: safe in either tsconfig. */

/** Set on a dataset response that came from the precache because the network failed. */
export const SOURCE_HEADER = 'X-Dataset-Source';
export const PRECACHE_SOURCE = 'precache';
/** The message workbox-window's `messageSkipWaiting()` sends. */
export const SKIP_WAITING = 'SKIP_WAITING';
/** The service worker's run-time cache of the dataset's files (the last copy the network gave). */
export const DATASET_CACHE = 'bibai-dataset';
