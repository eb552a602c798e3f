/**
 * Time to first audio byte (TTFA) and total time of POST /v1/audio/speech per format, over
 * real HTTP on loopback, with the real engine on the synthetic model made Kokoro-like in cost
 * (`KOKORO_LIKE_COST`). Needs built workspace packages (`pnpm build`).
 * Run: `pnpm --filter @kokoro-ts/server bench:ttfa` (prints a Markdown table).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createEngine } from '@kokoro-ts/engine';
import { KOKORO_LIKE_COST, writeSyntheticAssets } from '@kokoro-ts/testkit';

import { AUDIO_FORMATS, buildApp } from '../src/index';

const TEXT = 'The quick brown fox jumps over the lazy dog. Then it runs into the forest, where nobody can find it again for a very long time.';
const REPEATS = 5;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kokoro-ttfa-'));
  const assets = await writeSyntheticAssets(dir, { cost: KOKORO_LIKE_COST });
  const engine = await createEngine({ model: assets.modelPath, voices: assets.voicesDir, cacheDir: join(dir, 'cache'), download: false, lexicons: false, caches: false });
  const { app } = await buildApp({ engine, logger: false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const voice = engine.voices()[0]!.id;
  const once = async (format: string): Promise<{ ttfa: number; total: number }> => {
    const t0 = performance.now();
    const res = await fetch(`${url}/v1/audio/speech`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: TEXT, voice, response_format: format }) });
    const reader = res.body!.getReader();
    let ttfa = -1;
    for (;;) {
      const { done } = await reader.read();
      if (ttfa < 0) ttfa = performance.now() - t0;
      if (done) break;
    }
    return { ttfa, total: performance.now() - t0 };
  };
  await once('pcm');
  console.log(`node ${process.version}; synthetic model with KOKORO_LIKE_COST; ${TEXT.length} characters; median of ${REPEATS}\n`);
  console.log('| format | TTFA (ms) | total (ms) |');
  console.log('| --- | ---: | ---: |');
  // Interleave formats so load changes on a shared machine hit every format alike.
  const runs = new Map<string, { ttfa: number; total: number }[]>(AUDIO_FORMATS.map((f) => [f, []]));
  for (let i = 0; i < REPEATS; i++) for (const format of AUDIO_FORMATS) runs.get(format)!.push(await once(format));
  for (const [format, r] of runs) console.log(`| ${format} | ${median(r.map((x) => x.ttfa)).toFixed(0)} | ${median(r.map((x) => x.total)).toFixed(0)} |`);
  await app.close();
  await engine.dispose();
  await rm(dir, { recursive: true, force: true });
}

await main();
process.exit(0);
