/**
 * Engine overhead and time to first audio on the synthetic model at Kokoro-like cost.
 * Run: node --conditions=@kokoro-ts/source --import tsx packages/engine/bench/overhead.ts [words=1000] [threads=2]
 * Prints JSON: overhead = engine totalMs - sum of ORT run times (in the workers), and stream
 * TTFA against the best of 3 raw in-process ONNX Runtime runs of the same first segment.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { KOKORO_LIKE_COST, syntheticVoice, writeSyntheticAssets } from '@kokoro-ts/testkit';
import * as ort from 'onnxruntime-node';

import { createEngine } from '../src/index';

const words = Number(process.argv[2] ?? 1000);
const threads = Number(process.argv[3] ?? 2);
const dir = await mkdtemp(join(tmpdir(), 'engine-bench-'));
const assets = await writeSyntheticAssets(dir, { cost: KOKORO_LIKE_COST, voices: ['af_heart'] });
const vocabulary = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'river', 'morning', 'quietly', 'remember', 'golden', 'window', 'paper', 'yesterday'];
const sentences: string[] = [];
for (let w = 0; w < words;) {
  const n = 8 + (sentences.length % 9);
  const s = Array.from({ length: n }, (_, i) => vocabulary[(w + i * 7) % vocabulary.length]).join(' ');
  sentences.push(`${s.charAt(0).toUpperCase()}${s.slice(1)}${sentences.length % 4 === 3 ? '?' : '.'}`);
  w += n;
}
const text = sentences.join(' ');

const engine = await createEngine({
  model: assets.modelPath, voices: assets.voicesDir, cacheDir: join(dir, 'cache'), download: false, lexicons: false,
  caches: false, graphCache: false, plan: false, pool: { sessions: 1, threadsPerSession: threads, threadBudget: threads },
});
await engine.synthesize('Warm up the engine once.');
const res = await engine.synthesize(text, { timestamps: false });
const overheadMs = res.timing.totalMs - res.timing.runMs;

let ttfaMs = Number.POSITIVE_INFINITY;
let firstIds: number[] = [];
let firstTiming: unknown;
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  for await (const chunk of engine.stream(text, { timestamps: false })) {
    const ms = performance.now() - t0;
    if (ms < ttfaMs) { ttfaMs = ms; firstTiming = chunk.segment.timing; }
    firstIds = chunk.segment.tokens;
    break;
  }
  // Leaving the loop aborts queued work; a run already inside a worker finishes: let it drain.
  await new Promise((r) => setTimeout(r, 2000));
}
await engine.dispose();

const session = await ort.InferenceSession.create(assets.modelPath, { intraOpNumThreads: threads, interOpNumThreads: 1 });
const pack = syntheticVoice(0);
const row = Math.min(firstIds.length, 509);
const feeds = {
  input_ids: new ort.Tensor('int64', BigInt64Array.from([0, ...firstIds, 0].map(BigInt)), [1, firstIds.length + 2]),
  style: new ort.Tensor('float32', pack.slice(row * 256, row * 256 + 256), [1, 256]),
  speed: new ort.Tensor('float32', Float32Array.of(1), [1]),
};
await session.run(feeds);
let rawMs = Number.POSITIVE_INFINITY;
for (let i = 0; i < 3; i++) { const t0 = performance.now(); await session.run(feeds); rawMs = Math.min(rawMs, performance.now() - t0); }
await session.release();

console.log(JSON.stringify({
  words, threads, segments: res.segments.length, audioSeconds: res.audio.length / 24000,
  totalMs: Math.round(res.timing.totalMs), ortRunMs: Math.round(res.timing.runMs), overheadMs: Math.round(overheadMs),
  overheadPct: Number(((100 * overheadMs) / res.timing.totalMs).toFixed(2)),
  stages: Object.fromEntries(Object.entries(res.timing).map(([k, v]) => [k, Math.round(v * 10) / 10])),
  firstSegmentTokens: firstIds.length, ttfaMs: Math.round(ttfaMs), firstChunkTiming: firstTiming, rawFirstRunMs: Math.round(rawMs),
  ttfaBudgetMs: Math.round(1.15 * rawMs + 10),
}, null, 1));
