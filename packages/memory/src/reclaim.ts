/**
 * Ways to hand memory back. ONNX Runtime's per-run arena shrinkage
 * (`memory.enable_memory_arena_shrinkage` run config) is not reachable from
 * onnxruntime-node 1.30: its run-options parser reads only `logSeverityLevel` and `tag`
 * (checked against the shipped binding). What Node can do is choose the arena at session
 * creation, which {@link arenaSessionOptions} expresses, and recycle sessions.
 */

/** Session options (plain, for `InferenceSession.create`) that control the CPU memory arena. */
export interface ArenaSessionOptions {
  enableCpuMemArena: boolean;
  enableMemPattern: boolean;
}

/**
 * Session options for an arena mode. `'arena'` (ONNX Runtime's default) keeps freed blocks
 * for reuse: fastest, but the peak of the largest run stays resident. `'no-arena'` returns
 * memory to the allocator after each run: RSS follows the current run at a small speed cost.
 */
export function arenaSessionOptions(mode: 'arena' | 'no-arena'): ArenaSessionOptions {
  return mode === 'arena' ? { enableCpuMemArena: true, enableMemPattern: true } : { enableCpuMemArena: false, enableMemPattern: false };
}

/**
 * Run a full garbage collection when the process was started with `--expose-gc`.
 * Returns whether a collection ran. `gc` is injectable for tests.
 */
export function collectGarbage(gc: unknown = (globalThis as { gc?: unknown }).gc): boolean {
  if (typeof gc !== 'function') return false;
  (gc as () => void)();
  return true;
}
