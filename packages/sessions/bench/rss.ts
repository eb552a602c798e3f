/**
 * RSS over many runs through the pool: does memory stay flat?
 * Run: node_modules/.bin/tsx --conditions=@kokoro-ts/source packages/sessions/bench/rss.ts [--runs 2000] [--sessions 2] [--recycle 0]
 * Prints RSS every 100 runs, the least-squares slope after warm-up, and RSS(last)/RSS(100)
 * (target: within 10%).
 */
import { detectGrowth, sampleMemory, type MemorySample } from '@kokoro-ts/memory';
import { buildSyntheticModel } from '@kokoro-ts/testkit';
import { createSessionPool } from '../src/index';
import { kokoroFeeds, numberArg } from './inputs';

const runs = numberArg('runs', 2000);
const sessions = numberArg('sessions', 2);
const recycle = numberArg('recycle', 0);
const pool = await createSessionPool({ model: buildSyntheticModel({ cost: { perCall: 20, perFrame: 1 } }), sessions, threadsPerSession: 1, recycle: recycle > 0 ? { maxRuns: recycle } : {} });
const samples: MemorySample[] = [];
const mib = (b: number) => +(b / 2 ** 20).toFixed(1);
let at100 = 0;
const inFlight = sessions * 2;
let done = 0;
const t0 = performance.now();
async function lane(): Promise<void> {
  while (done < runs) {
    done++;
    const n = done;
    await pool.run(kokoroFeeds(5 + (n % 200)), { size: 5 + (n % 200) });
    if (n % 10 === 0) samples.push(sampleMemory());
    if (n === 100) at100 = sampleMemory().rss;
    if (n % 100 === 0) console.log(`run ${n}: rss ${mib(sampleMemory().rss)} MiB`);
  }
}
await Promise.all(Array.from({ length: inFlight }, lane));
const end = sampleMemory().rss;
const growth = detectGrowth(samples.slice(10), { minSamples: 5 });
console.log(
  JSON.stringify({ runs, sessions, recycle, seconds: +((performance.now() - t0) / 1000).toFixed(1), rssAt100MiB: mib(at100), rssEndMiB: mib(end), ratio: +(end / at100).toFixed(3), slopeKiBPerSec: +(growth.slopeBytesPerSec / 1024).toFixed(1), recycles: pool.metrics().totals.recycles }),
);
await pool.dispose();
