import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDatasetText } from '../../src/storage/dataset-fetch';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchDatasetText', () => {
  it('reads the server copy, revalidating the HTTP cache', async () => {
    const fetch = vi.fn(async () => new Response('{"a":1}', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchDatasetText('/data/pledges.json')).toEqual({ text: '{"a":1}', source: 'network' });
    expect(fetch).toHaveBeenCalledWith('/data/pledges.json', expect.objectContaining({ cache: 'no-cache' }));
  });

  it("recognises the worker's precached fallback by its header", async () => {
    vi.stubGlobal('fetch', async () => new Response('{}', { headers: { 'X-Dataset-Source': 'precache' } }));
    expect((await fetchDatasetText('/d.json')).source).toBe('precache');
  });

  it('fails on an HTTP error and on a server that does not answer in time', async () => {
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 503 }));
    await expect(fetchDatasetText('/d.json')).rejects.toThrow('HTTP 503');
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    await expect(fetchDatasetText('/d.json', 20)).rejects.toThrow('no answer within 0.02 s');
  });
});
