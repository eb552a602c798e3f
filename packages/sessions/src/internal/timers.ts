/**
 * @internal The real timers, captured when the module loads, so tests that install fake
 * timers cannot freeze run timeouts, queue deadlines or dispose deadlines.
 */
export const realSetTimeout = globalThis.setTimeout;
export const realClearTimeout = globalThis.clearTimeout;
export const now = (): number => performance.now();

/** @internal A timer that does not keep the process alive. */
export function unrefTimeout(fn: () => void, ms: number): ReturnType<typeof realSetTimeout> {
  const handle = realSetTimeout(fn, ms);
  handle.unref();
  return handle;
}
