import type { SessionPool, SessionPoolOptions } from '@kokoro-ts/sessions';

import type { AssetFs } from '../assets/asset-fs';
import { engineError } from '../errors';
import { ortGraphOptimizer, ortVersion, prepareOptimizedGraph, type GraphCacheResult, type GraphOptimizer } from '../model/graph-cache';
import { modelHash } from '../model/model-hash';

/** @internal The started pool and how it was started. */
export interface PoolStart {
  pool: SessionPool;
  modelId: string;
  graph: GraphCacheResult;
  startup: { assetsMs: number; graphCacheMs: number; poolMs: number; totalMs: number };
}

type Plan = NonNullable<SessionPoolOptions['plan']>;

function withOptimizationOff(plan: Plan | undefined, provider: string): Pick<SessionPoolOptions, 'plan' | 'providers'> {
  const off = (p: Plan['providers'][number]) => ({ ...p, sessionOptions: { ...p.sessionOptions, graphOptimizationLevel: 'disabled' as const } });
  if (plan !== undefined) return { plan: { ...plan, providers: plan.providers.map(off) } };
  return { providers: [off({ name: provider })] };
}

/**
 * @internal Starts the session pool. With the graph cache on and a CPU-only provider list,
 * the pool loads the ONNX Runtime-optimized copy of the graph (created on the first start)
 * with optimizations off, which is what makes later cold starts faster. Other providers
 * compile device-specific graphs at load, so they always get the original model. Any
 * failure with the cached graph falls back to the original file.
 */
export async function startPool(o: {
  modelPath: string; cacheDir: string; fs: AssetFs; clock: () => number;
  plan: Plan | undefined; pool: Partial<SessionPoolOptions> | undefined;
  graphCache: boolean | { optimize?: GraphOptimizer };
  createPool: (options: SessionPoolOptions) => Promise<SessionPool>;
}): Promise<PoolStart> {
  const t0 = o.clock();
  const providers = o.plan?.providers.map((p) => p.name) ?? o.pool?.providers?.map((p) => p.name) ?? ['cpu'];
  const cpuOnly = providers.every((p) => p === 'cpu');
  let graph: GraphCacheResult = { path: o.modelPath, status: 'off', key: undefined, error: undefined };
  let modelId: string;
  if (o.graphCache !== false && cpuOnly) {
    const sha = await modelHash(o.fs, o.cacheDir, o.modelPath);
    modelId = sha;
    graph = await prepareOptimizedGraph({
      modelPath: o.modelPath, cacheDir: o.cacheDir, fs: o.fs,
      key: { modelSha256: sha, ortVersion: await ortVersion(), provider: 'cpu' },
      optimize: (typeof o.graphCache === 'object' ? o.graphCache.optimize : undefined) ?? ortGraphOptimizer,
      sessionOptions: { ...o.plan?.providers[0]?.sessionOptions },
    });
  } else {
    const st = await o.fs.stat(o.modelPath);
    modelId = `${o.modelPath}:${st.size}:${st.mtimeMs}`;
  }
  const graphCacheMs = o.clock() - t0;
  const base: SessionPoolOptions = { nonFinite: 'flag', ...o.pool, model: o.modelPath, ...(o.plan !== undefined ? { plan: o.plan } : {}) };
  const t1 = o.clock();
  let pool: SessionPool | undefined;
  if (graph.status === 'hit' || graph.status === 'created') {
    try {
      pool = await o.createPool({ ...base, model: graph.path, ...withOptimizationOff(o.plan, 'cpu') });
    } catch (err) {
      const cached = graph.path;
      graph = { ...graph, path: o.modelPath, status: 'failed', error: `cached graph ${cached} did not load: ${(err as Error).message}` };
      if (cached !== o.modelPath) await o.fs.rm(cached, { force: true }).catch(() => undefined);
    }
  }
  if (pool === undefined) {
    try {
      pool = await o.createPool(base);
    } catch (err) {
      throw engineError('KOKORO_ENGINE_BAD_MODEL', `ONNX Runtime could not load ${o.modelPath}: ${(err as Error).message}. Check that it is a Kokoro ONNX export (model.onnx / kokoro-v1.0.onnx) and not truncated; delete it to download it again.`, { file: o.modelPath, code: (err as { code?: unknown }).code }, err);
    }
  }
  return { pool, modelId, graph, startup: { assetsMs: 0, graphCacheMs, poolMs: o.clock() - t1, totalMs: 0 } };
}
