/**
 * Idle latency and saturated throughput of three layouts on the synthetic model:
 * 1 session x B threads, B/2 sessions x 2 threads, and the pool's adaptive layout.
 * Run: node_modules/.bin/tsx --conditions=@kokoro-ts/source packages/sessions/bench/adaptive.ts [--threads B] [--jobs N]
 * Needs the built worker (pnpm --filter @kokoro-ts/sessions build).
 */
import { availableParallelism } from 'node:os';
import { buildSyntheticModel } from '@kokoro-ts/testkit';
import { createSessionPool, type SessionPoolOptions } from '../src/index';
import { BENCH_COST, kokoroFeeds, numberArg } from './inputs';

const budget = numberArg('threads', availableParallelism());
const model = buildSyntheticModel({ cost: BENCH_COST });
const layouts: Record<string, Partial<SessionPoolOptions>> = {
  [`single 1x${budget}`]: { sessions: 1, threadsPerSession: budget },
  [`uniform ${Math.max(1, Math.floor(budget / 2))}x${budget >= 2 ? 2 : 1}`]: { sessions: Math.max(1, Math.floor(budget / 2)), threadsPerSession: budget >= 2 ? 2 : 1 },
  adaptive: {},
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const rows = [];
for (const [name, layout] of Object.entries(layouts)) {
  const pool = await createSessionPool({ model, threadBudget: budget, queue: { maxDepth: 10_000, maxWaitMs: 600_000 }, runTimeoutMs: 0, ...layout });
  const idle: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    await pool.run(kokoroFeeds(20), { size: 20 });
    idle.push(performance.now() - t0);
  }
  const jobs = numberArg('jobs', 4 * pool.metrics().sessions.length);
  const t0 = performance.now();
  await Promise.all(Array.from({ length: jobs }, () => pool.run(kokoroFeeds(100), { size: 100 })));
  const wall = (performance.now() - t0) / 1000;
  const used = pool.metrics().sessions.filter((s) => s.runs > 0).length;
  rows.push({ layout: name, sessions: pool.metrics().sessions.length, idleLatencyMs: Math.round(median(idle)), saturatedJobsPerSec: +(jobs / wall).toFixed(2), sessionsUsed: used });
  await pool.dispose();
}
const single = rows[0]!;
console.table(rows.map((r) => ({ ...r, throughputVs1xB: +(r.saturatedJobsPerSec / single.saturatedJobsPerSec).toFixed(2), latencyVs1xB: +(r.idleLatencyMs / single.idleLatencyMs).toFixed(2) })));
