/**
 * Runs the requested suites for each configuration and assembles the result document. The
 * engine, server and process spawning come in as dependencies so the orchestration is
 * testable; the CLI passes the real ones.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions, ConfigSpec } from './args';
import { evaluateBudgets } from './budgets';
import { compareConfigurations } from './compare';
import { SHORT_TEXT } from './corpus';
import { benchText } from './runner-text';
import type { BenchEngineSpec } from './engine-adapter';
import { currentLoad, describeEnvironment } from './environment';
import { describeError } from './errors';
import { fileModel, syntheticModel, type BenchModel } from './model';
import { startRawOrt } from './raw/raw-ort';
import type { ChartSamples } from './report/charts';
import { SCHEMA_VERSION, type BenchResult, type ConfigurationResult, type SuiteFailure, type SuiteName, type SuiteResults } from './result';
import type { BenchEngine } from './suites/bench-engine';
import type { SuiteContext } from './suites/context';
import { chordSignal, runEncodersSuite } from './suites/encoders';
import { runLatencySuites } from './suites/latency';
import { runMemorySuite } from './suites/memory';
import { poolLayouts, runPoolSuite } from './suites/pool';

/** A suite implemented outside the runner (server, cold start, G2P) that the CLI plugs in. */
export type ExternalSuite = (input: { ctx: SuiteContext; options: BenchOptions; config: ConfigSpec; model: BenchModel; engineSpec: BenchEngineSpec; tmp: string }) => Promise<SuiteResults>;

/** What the runner needs from the outside world. */
export interface RunnerDeps {
  createEngine: (spec: BenchEngineSpec) => Promise<BenchEngine>;
  /** Hardware report (for effective cores), or null. */
  hardware: { effectiveCores?: number; cpu?: { model?: string | null } } | null;
  /** Suites beyond the built-in ones, by name. */
  external: Partial<Record<SuiteName, ExternalSuite>>;
  ctx: SuiteContext;
  version: string;
  argv: string[];
}

/** Result plus the raw samples behind it (for charts). */
export interface RunOutcome {
  result: BenchResult;
  samples: ChartSamples;
}

/** Runs everything `options` asks for. Never throws for a failing suite: it is listed in `failures`. */
export async function runBench(options: BenchOptions, deps: RunnerDeps): Promise<RunOutcome> {
  const startedAt = new Date().toISOString();
  const loadAtStart = currentLoad();
  const { ctx } = deps;
  const tmp = await mkdtemp(join(tmpdir(), 'kokoro-bench-'));
  const failures: SuiteFailure[] = [];
  const samples: ChartSamples = { latency: {} };
  const configurations: ConfigurationResult[] = [];
  const want = (s: SuiteName): boolean => options.suites.includes(s);
  try {
    const model = options.model !== null && options.voices !== null ? await fileModel(options.model, options.voices, options.voice) : await syntheticModel(join(tmp, 'model'), options.cost);
    const freeModel = model.info.source === 'synthetic' ? await syntheticModel(join(tmp, 'free-model'), 'none') : model;
    const text = benchText(options.ci);
    let modelAudio: Float32Array | null = null;

    for (const [index, config] of options.configs.entries()) {
      const suites: SuiteResults = {};
      const engineSpec: BenchEngineSpec = {
        modelPath: config.model ?? model.modelPath,
        voices: model.voices,
        voice: model.voiceId,
        sessions: config.sessions,
        threadsPerSession: config.threadsPerSession,
        graphCacheDir: null,
      };
      const guard = async (suite: SuiteName, fn: () => Promise<void>): Promise<void> => {
        if (!want(suite)) return;
        ctx.log(`[${config.label}] ${suite}...`);
        try {
          await fn();
        } catch (err) {
          const { code, message } = describeError(err);
          failures.push({ suite: `${suite} (${config.label})`, code, message });
          ctx.log(`[${config.label}] ${suite} failed: ${code} ${message}`);
        }
      };

      if (want('raw') || want('engine')) {
        await guard(want('engine') ? 'engine' : 'raw', async () => {
          const engine = await deps.createEngine(engineSpec);
          const raw = await startRawOrt({ model: engineSpec.modelPath, intraOpThreads: config.threadsPerSession });
          try {
            const out = await runLatencySuites(ctx, {
              engine,
              raw,
              voicePack: await model.voicePack(),
              text,
              maxRuns: options.ci ? Math.max(40, options.runs) : options.runs * 2,
              maxMs: options.ci ? 45_000 : 180_000,
            });
            if (want('raw')) suites.raw = out.raw;
            if (want('engine')) suites.engine = out.engine;
            samples.latency[config.label] = out.samples;
            modelAudio ??= (await engine.synthesize(text)).audio;
          } finally {
            await raw.close();
            await engine.dispose();
          }
        });
      }
      for (const name of ['server', 'coldStart'] as const) {
        await guard(name, async () => {
          const suite = deps.external[name];
          if (!suite) throw Object.assign(new Error(`the ${name} suite is not available in this build`), { code: 'KOKORO_BENCH_SUITE_UNAVAILABLE' });
          Object.assign(suites, await suite({ ctx, options, config, model, engineSpec, tmp }));
        });
      }
      await guard('memory', async () => {
        const engine = await deps.createEngine({ ...engineSpec, modelPath: config.model ?? freeModel.modelPath, voices: freeModel.voices });
        try {
          suites.memory = await runMemorySuite({
            syntheses: options.memoryRuns,
            synthesize: () => engine.synthesize(SHORT_TEXT),
            model: freeModel === model ? 'benchmark' : 'synthetic-free',
            log: ctx.log,
          });
        } finally {
          await engine.dispose();
        }
      });
      if (index === 0) {
        await guard('g2p', async () => {
          const suite = deps.external.g2p;
          if (!suite) throw Object.assign(new Error('the g2p suite is not available in this build'), { code: 'KOKORO_BENCH_SUITE_UNAVAILABLE' });
          Object.assign(suites, await suite({ ctx, options, config, model, engineSpec, tmp }));
        });
        await guard('encoders', async () => {
          suites.encoders = await runEncodersSuite(ctx, modelAudio ?? chordSignal(10));
        });
        await guard('pool', async () => {
          const cores = Math.max(config.sessions * config.threadsPerSession, 1);
          const layouts = poolLayouts(cores);
          suites.pool = await runPoolSuite(ctx, {
            layouts,
            clients: Math.max(...layouts.map((l) => l.sessions)) * 2,
            perClient: options.ci ? 2 : 4,
            text,
            createEngine: (l) => deps.createEngine({ ...engineSpec, sessions: l.sessions, threadsPerSession: l.threadsPerSession }),
          });
        });
      }
      configurations.push({ label: config.label, settings: { sessions: config.sessions, threadsPerSession: config.threadsPerSession }, suites });
    }

    const result: BenchResult = {
      schemaVersion: SCHEMA_VERSION,
      tool: { name: '@kokoro-ts/bench', version: deps.version },
      mode: options.ci ? 'ci' : 'full',
      command: deps.argv,
      startedAt,
      finishedAt: new Date().toISOString(),
      environment: describeEnvironment(deps.hardware, loadAtStart),
      model: model.info,
      methodology: {
        warmupRuns: options.warmup,
        runs: options.runs,
        cachesDisabled: true,
        notes: methodologyNotes(options, model),
      },
      configurations,
      comparison: configurations.length === 2 ? compareConfigurations(configurations[0]!, configurations[1]!) : null,
      budgets: configurations.length > 0 && options.ci ? evaluateBudgets(configurations[0]!) : [],
      failures,
    };
    return { result, samples };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

function methodologyNotes(options: BenchOptions, model: BenchModel): string[] {
  const notes = [
    'Engine caches (phonemes, audio, primer) are off; the optimized-graph cache is off except where the cold-start suite says otherwise.',
    'Raw baseline: onnxruntime-node session.run() in a worker thread (as the engine runs it), same intra-op threads, on exactly the token ids of the segments the engine ran; timed inside the worker around run().',
    'Each measured iteration runs raw, engine.synthesize and engine.stream back to back; overhead is the median of per-iteration differences (engine - raw).',
  ];
  if (model.info.source === 'synthetic') {
    notes.push('Model: the testkit synthetic Kokoro-contract model with KOKORO_LIKE_COST, calibrated to Kokoro-82M fp32 latency on a 2-core VM scaled by 0.1 (see packages/testkit/README.md).');
    notes.push('Memory suite: the cost-free synthetic model, so 2,000+ syntheses measure the engine, not model compute.');
  }
  if (options.ci) notes.push('CI mode: budgets are ratios to the raw baseline measured in the same run, never absolute times.');
  return notes;
}
