import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createEngine } from '@kokoro-ts/engine';
import type { Engine, EngineOptions } from '@kokoro-ts/engine';
import { writeSyntheticAssets } from '@kokoro-ts/testkit';
import type { CostProfile } from '@kokoro-ts/testkit';

/** Voices written for server tests: OpenAI's namesakes plus the usual default. */
export const TEST_VOICES = ['af_heart', 'af_alloy', 'af_bella', 'af_nova', 'am_echo', 'am_onyx', 'bm_fable', 'af_sky'];

const dirs: string[] = [];

/** Writes the synthetic model + voices into a temp dir. */
export async function syntheticAssetsDir(cost?: Partial<CostProfile>): Promise<{ dir: string; modelPath: string; voicesDir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'kokoro-server-'));
  dirs.push(dir);
  const a = await writeSyntheticAssets(dir, { voices: TEST_VOICES, ...(cost ? { cost } : {}) });
  return { dir, modelPath: a.modelPath, voicesDir: a.voicesDir };
}

/** A real engine on the synthetic model: offline, no lexicon download, caches off (every segment runs the model). */
export async function syntheticEngine(options: EngineOptions = {}, cost?: Partial<CostProfile>): Promise<Engine> {
  const a = await syntheticAssetsDir(cost);
  return createEngine({
    model: a.modelPath,
    voices: a.voicesDir,
    cacheDir: join(a.dir, 'cache'),
    download: false,
    lexicons: false,
    graphCache: false,
    caches: false,
    pool: { sessions: 1, threadsPerSession: 1, warmup: false },
    ...options,
  });
}

/** Removes the temp dirs. */
export async function cleanupAssets(): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}
