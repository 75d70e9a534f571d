/**
 * Ends the current task and resumes in a new one, so the browser can paint and answer input in
 * between: start-up work (the IndexedDB sync, the first chart) runs as several short tasks
 * instead of one long one that blocks the main thread (Total Blocking Time).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  // scheduler.yield resumes ahead of other queued tasks; setTimeout is the fallback everywhere.
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
