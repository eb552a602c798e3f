import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createSessionPool, type SessionPool } from '@kokoro-ts/sessions';
import { writeSyntheticAssets, type SyntheticAssets, type SyntheticVariant } from '@kokoro-ts/testkit';

/** Synthetic Kokoro-contract assets in a fresh temp dir. */
export async function syntheticAssets(variant: Partial<SyntheticVariant> = {}, voices?: string[]): Promise<SyntheticAssets & { dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'engine-synth-'));
  const assets = await writeSyntheticAssets(join(dir, 'assets'), { variant, ...(voices ? { voices } : {}) });
  return { ...assets, dir };
}

/** A one-session pool on the synthetic model (needs packages/sessions/dist/worker.js). */
export async function syntheticPool(modelPath: string): Promise<SessionPool> {
  return createSessionPool({ model: modelPath, sessions: 1, threadsPerSession: 1, warmup: false, nonFinite: 'flag' });
}
