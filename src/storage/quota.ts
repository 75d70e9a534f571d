/**
 * Recognises "the device is out of storage space" in its several disguises: a DOMException
 * `QuotaExceededError`, Dexie's own error of that name, an `AbortError` (the transaction was
 * aborted) whose `inner` holds the real cause, or a bulk error whose failures hold it.
 */
const QUOTA = 'QuotaExceededError';

export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { name?: unknown; inner?: unknown; failures?: unknown; code?: unknown };
  if (e.name === QUOTA || e.code === 22) return true;
  if (isQuotaError(e.inner, depth + 1)) return true;
  if (Array.isArray(e.failures)) return e.failures.some((f) => isQuotaError(f, depth + 1));
  return false;
}
