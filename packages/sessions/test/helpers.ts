import { mkdtempSync } from 'node:fs';
import { afterEach } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSessionPool, type SessionPool, type SessionPoolOptions, type TensorData } from '../src/index';

/** The fake worker: speaks the pool's protocol, behaviour chosen per run (see the fixture's header). */
export const FAKE_WORKER = new URL('./fixtures/fake-worker.mjs', import.meta.url);

export const MODE = { echo: 0, throw: 2, hang: 3, nan: 4, inf: 5, exit: 6, exitOnce: 7, block: 8, leak: 9 } as const;

export interface FakeModelConfig {
  failProviders?: string[];
  runFailProviders?: string[];
  crashOnCreate?: boolean;
  createDelayMs?: number;
  dir?: string;
}

export function fakeModel(config: FakeModelConfig = {}): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ dir: mkdtempSync(join(tmpdir(), 'kokoro-sessions-')), ...config }));
}

export function feeds(mode: number, arg = 0, extra = 2): Record<string, TensorData> {
  const data = new Float32Array(2 + extra);
  data[0] = mode;
  data[1] = arg;
  return { x: { type: 'float32', data, dims: [1, data.length] } };
}

export function fakePool(options: Partial<SessionPoolOptions> & { config?: FakeModelConfig } = {}): Promise<SessionPool> {
  const { config, ...rest } = options;
  return createSessionPool({ model: fakeModel(config), workerUrl: FAKE_WORKER, sessions: 1, warmup: false, ...rest });
}

export function code(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => String((error as { code?: unknown }).code),
  );
}

/**
 * Pools a test file creates, disposed after each test so no worker outlives its test:
 * `const track = trackPools();` then `const pool = await track(fakePool())`.
 */
export function trackPools(): (p: Promise<SessionPool>) => Promise<SessionPool> {
  const pools: SessionPool[] = [];
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.dispose({ deadlineMs: 100 })));
  });
  return async (p) => {
    const pool = await p;
    pools.push(pool);
    return pool;
  };
}
