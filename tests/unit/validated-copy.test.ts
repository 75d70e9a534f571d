import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readValidatedCopy, rememberValidated } from '../../src/storage/validated-copy';
import { STORAGE_KEYS } from '../../src/storage/preferences';
import { DATASET_CACHE } from '../../src/sw/shared';

const URL_PATH = '/data/pledges.json';

/** A CacheStorage holding one cache of url → body, as the worker's dataset route leaves it. */
function fakeCaches(entries: Map<string, string>, name = DATASET_CACHE): CacheStorage {
  const cache = {
    match: async (url: string) => (entries.has(url) ? new Response(entries.get(url)!) : undefined),
  } as unknown as Cache;
  return { open: async (n: string) => (n === name ? cache : ({ match: async () => undefined } as unknown as Cache)) } as unknown as CacheStorage;
}

const absolute = (path: string) => new URL(path, location.href).href;
let saved: CacheStorage | undefined;

beforeEach(() => {
  saved = (globalThis as { caches?: CacheStorage }).caches;
  localStorage.clear();
});
afterEach(() => {
  (globalThis as { caches?: CacheStorage }).caches = saved;
});

describe('the copy validated on an earlier visit', () => {
  it('is read back when the worker holds the very bytes this app version validated', async () => {
    const text = JSON.stringify({ asOf: '2024-11', pledges: [{ id: '1' }] });
    (globalThis as { caches?: CacheStorage }).caches = fakeCaches(new Map([[absolute(URL_PATH), text]]));
    await rememberValidated(text, '1.0.0');
    expect(await readValidatedCopy(URL_PATH, '1.0.0')).toEqual(JSON.parse(text));
  });

  it('is not used by another app version (its rules may differ)', async () => {
    const text = '{"asOf":"2024-11"}';
    (globalThis as { caches?: CacheStorage }).caches = fakeCaches(new Map([[absolute(URL_PATH), text]]));
    await rememberValidated(text, '1.0.0');
    expect(await readValidatedCopy(URL_PATH, '1.0.1')).toBeUndefined();
  });

  it('is not used without a remembered check, a cache or a cached file', async () => {
    const text = '{"asOf":"2024-11"}';
    (globalThis as { caches?: CacheStorage }).caches = fakeCaches(new Map([[absolute(URL_PATH), text]]));
    expect(await readValidatedCopy(URL_PATH, '1.0.0')).toBeUndefined();
    await rememberValidated(text, '1.0.0');
    (globalThis as { caches?: CacheStorage }).caches = fakeCaches(new Map());
    expect(await readValidatedCopy(URL_PATH, '1.0.0')).toBeUndefined();
    (globalThis as { caches?: CacheStorage }).caches = undefined;
    expect(await readValidatedCopy(URL_PATH, '1.0.0')).toBeUndefined();
  });

  it('refuses any other bytes the worker cached since (a newer report, a refused file)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), async (validated, cached) => {
        fc.pre(validated !== cached);
        localStorage.clear();
        (globalThis as { caches?: CacheStorage }).caches = fakeCaches(new Map([[absolute(URL_PATH), cached]]));
        await rememberValidated(validated, 'v');
        expect(await readValidatedCopy(URL_PATH, 'v')).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });

  it('keeps the check in the app preferences, as version and hash', async () => {
    await rememberValidated('{}', '2.0.0');
    expect(localStorage.getItem(STORAGE_KEYS.validatedDataset)).toMatch(/^2\.0\.0 [0-9a-f]{64}$/);
  });
});
