/**
 * Cold start: a fresh `node` process per run, timed from spawn by the parent: -> engine ready
 * (createEngine resolved) and -> first audio (first streamed chunk with samples). With the
 * optimized-graph cache off, and on with the cache already filled by an unmeasured run.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SHORT_TEXT } from '../corpus';
import { benchEngineOptions, type BenchEngineSpec } from '../engine-adapter';
import { BenchError } from '../errors';
import type { ColdStartResult } from '../result';
import { summarize } from '../stats';
import type { SuiteContext } from './context';

/** Times of one child process, ms since spawn. */
export interface ColdStartRun {
  readyMs: number;
  firstAudioMs: number;
}

/** The child's program: import the engine, create it, stream until the first audio, report. */
export function coldStartScript(engineUrl: string, options: unknown, text: string): string {
  return [
    `const { createEngine } = await import(${JSON.stringify(engineUrl)});`,
    `const engine = await createEngine(${JSON.stringify(options)});`,
    `process.stdout.write('ready\\n');`,
    `for await (const chunk of engine.stream(${JSON.stringify(text)})) { if (chunk.audio.length > 0) { process.stdout.write('audio\\n'); break; } }`,
    `await engine.dispose();`,
  ].join('\n');
}

/** Spawns one child and times its `ready` and `audio` lines. */
export function timeChild(script: string, timeoutMs = 120_000): Promise<ColdStartRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let readyMs: number | null = null;
    let firstAudioMs: number | null = null;
    let stderr = '';
    let buffered = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      const now = performance.now() - t0;
      buffered += d;
      if (readyMs === null && buffered.includes('ready\n')) readyMs = now;
      if (firstAudioMs === null && buffered.includes('audio\n')) firstAudioMs = now;
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0 && readyMs !== null && firstAudioMs !== null) resolve({ readyMs, firstAudioMs });
      else reject(new BenchError('KOKORO_BENCH_SUITE_FAILED', `cold-start child exited with code ${code} (ready: ${readyMs !== null}, audio: ${firstAudioMs !== null}): ${stderr.trim().slice(-600)}`));
    });
  });
}

/** Runs `runs` children per variant, alternating cache off / on. */
export async function measureColdStart(
  ctx: Pick<SuiteContext, 'log'>,
  o: { engineUrl: string; spec: BenchEngineSpec; graphCacheDir: string; runs: number; text?: string; time?: (script: string) => Promise<ColdStartRun> },
): Promise<ColdStartResult> {
  const time = o.time ?? ((s: string) => timeChild(s));
  const text = o.text ?? SHORT_TEXT;
  const off = coldStartScript(o.engineUrl, benchEngineOptions({ ...o.spec, graphCacheDir: null }), text);
  const on = coldStartScript(o.engineUrl, benchEngineOptions({ ...o.spec, graphCacheDir: o.graphCacheDir }), text);
  await time(on); // fills the optimized-graph cache; not measured
  const offRuns: ColdStartRun[] = [];
  const onRuns: ColdStartRun[] = [];
  for (let i = 0; i < o.runs; i++) {
    offRuns.push(await time(off));
    onRuns.push(await time(on));
  }
  const variant = (graphCache: 'off' | 'on', runs: ColdStartRun[]) => ({ graphCache, readyMs: summarize(runs.map((r) => r.readyMs)), firstAudioMs: summarize(runs.map((r) => r.firstAudioMs)) });
  const result: ColdStartResult = { runs: [variant('off', offRuns), variant('on', onRuns)] };
  for (const r of result.runs) ctx.log(`coldStart: graph cache ${r.graphCache}: ready p50 ${r.readyMs.p50.toFixed(0)} ms, first audio p50 ${r.firstAudioMs.p50.toFixed(0)} ms`);
  return result;
}

/** The suite as the runner calls it: needs the engine's built `dist` (run `pnpm build` first). */
export async function runColdStartSuite(input: { ctx: SuiteContext; options: { coldStartRuns: number }; engineSpec: BenchEngineSpec; tmp: string }): Promise<{ coldStart: ColdStartResult }> {
  let engineUrl: string;
  try {
    engineUrl = import.meta.resolve('@kokoro-ts/engine');
  } catch (err) {
    throw new BenchError('KOKORO_BENCH_SUITE_UNAVAILABLE', `Cannot resolve @kokoro-ts/engine for child processes; build it first (pnpm build). ${String(err)}`);
  }
  if (!engineUrl.endsWith('.js')) throw new BenchError('KOKORO_BENCH_SUITE_UNAVAILABLE', `@kokoro-ts/engine resolved to ${engineUrl}, not built JavaScript; run pnpm build first.`);
  return { coldStart: await measureColdStart(input.ctx, { engineUrl, spec: input.engineSpec, graphCacheDir: join(input.tmp, 'graph-cache'), runs: input.options.coldStartRuns }) };
}
