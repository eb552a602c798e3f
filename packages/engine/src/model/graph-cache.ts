import { join } from 'node:path';

import type { AssetFs } from '../assets/asset-fs';
import { exists } from '../assets/asset-fs';

/** What identifies an optimized graph: it is only valid for the same model, ORT build and provider. */
export interface GraphCacheKey {
  modelSha256: string;
  ortVersion: string;
  provider: string;
}

/** Writes an optimized copy of `src` to `dst` (default: an ONNX Runtime session with `optimizedModelFilePath`). */
export type GraphOptimizer = (src: string, dst: string, provider: string, sessionOptions: Record<string, unknown>) => Promise<void>;

/** Outcome of {@link prepareOptimizedGraph}, reported in engine metrics. */
export interface GraphCacheResult {
  /** Path the pool should load. */
  path: string;
  /** `hit`: reused a cached graph; `created`: optimized now and cached; `off`/`failed`: loading the original. */
  status: 'hit' | 'created' | 'off' | 'failed';
  key: GraphCacheKey | undefined;
  error: string | undefined;
}

/** Cache file name for `key` inside `<cacheDir>/optimized/`. */
export function optimizedGraphPath(cacheDir: string, key: GraphCacheKey): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9.]/g, '_');
  return join(cacheDir, 'optimized', `${key.modelSha256.slice(0, 16)}-ort${safe(key.ortVersion)}-${safe(key.provider)}.onnx`);
}

/**
 * Returns the cached optimized graph for `key` when present; otherwise runs `optimize` into a
 * temp file and renames it into place (so a crash never leaves half a graph). Failures are
 * reported, not thrown: the original model always works.
 */
export async function prepareOptimizedGraph(o: { modelPath: string; cacheDir: string; key: GraphCacheKey; fs: AssetFs; optimize: GraphOptimizer; sessionOptions: Record<string, unknown> }): Promise<GraphCacheResult> {
  const path = optimizedGraphPath(o.cacheDir, o.key);
  if (await exists(o.fs, path)) return { path, status: 'hit', key: o.key, error: undefined };
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp.onnx`;
  try {
    await o.fs.mkdir(join(o.cacheDir, 'optimized'), { recursive: true });
    await o.optimize(o.modelPath, tmp, o.key.provider, o.sessionOptions);
    await o.fs.rename(tmp, path);
    return { path, status: 'created', key: o.key, error: undefined };
  } catch (err) {
    await o.fs.rm(tmp, { force: true }).catch(() => undefined);
    return { path: o.modelPath, status: 'failed', key: o.key, error: (err as Error).message };
  }
}

/** The default optimizer: ONNX Runtime itself (loaded lazily, only when a graph must be created). */
export const ortGraphOptimizer: GraphOptimizer = async (src, dst, provider, sessionOptions) => {
  const ort = await import('onnxruntime-node');
  const session = await ort.InferenceSession.create(src, {
    ...sessionOptions,
    executionProviders: [provider],
    graphOptimizationLevel: 'all',
    optimizedModelFilePath: dst,
  });
  await session.release();
};

/** Version of the ONNX Runtime the engine loads (part of the graph cache key). */
export async function ortVersion(): Promise<string> {
  const ort = await import('onnxruntime-node');
  return ort.env.versions.node ?? ort.env.versions.common;
}
