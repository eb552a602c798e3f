import { join } from 'node:path';

import type { SyntheticVariant } from '@kokoro-ts/testkit';

import { createEngine, type Engine, type EngineOptions } from '../../src/index';
import { syntheticAssets } from './synthetic';

const engines: Engine[] = [];

/** An engine on the synthetic model: offline, no lexicon download, one single-thread session. */
export async function syntheticEngine(variant: Partial<SyntheticVariant> = {}, options: EngineOptions = {}) {
  const a = await syntheticAssets(variant);
  const engine = await createEngine({
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
  engines.push(engine);
  return { engine, assets: a };
}

/** Disposes every engine the tests created. */
export async function disposeEngines(): Promise<void> {
  await Promise.all(engines.splice(0).map((e) => e.dispose()));
}

/** Decoding works on exact audio: no fades, and a pause after every segment so runs separate. */
export const DECODABLE: EngineOptions['audio'] = { fadeMs: 0, pauses: { paragraph: 60, sentence: 40, colon: 30, clause: 20, word: 10 } };

/** Concatenated audio of a stream. */
export async function streamAudio(it: AsyncIterable<{ audio: Float32Array }>): Promise<Float32Array> {
  const parts: Float32Array[] = [];
  for await (const c of it) parts.push(c.audio);
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
