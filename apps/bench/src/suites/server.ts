/**
 * The server suite: `@kokoro-ts/server` listening on 127.0.0.1 (a free port) in this process,
 * with an engine built like every other suite's (caches off), driven over real HTTP.
 *
 * Server and clients share this process's main thread. That can only make the measured
 * latencies worse, never better (client callbacks wait behind server work); the engine's
 * inference runs in its worker threads either way.
 */
import { createEngine } from '@kokoro-ts/engine';
import { AUDIO_FORMATS, createServer, type SpeechEngine } from '@kokoro-ts/server';
import { benchEngineOptions, type BenchEngineSpec } from '../engine-adapter';
import type { ServerResult } from '../result';
import type { SuiteContext } from './context';
import { benchText } from '../runner-text';
import { measureFormats, measureLoad } from './server-load';

/** Synthesis slots and queue of the server under test (the server's defaults). */
export const SERVER_LIMITS = { maxConcurrent: 2, maxQueue: 32 } as const;

type Engine = Awaited<ReturnType<typeof createEngine>>;

/**
 * Delegates to the engine (its methods use private fields, so they must be called on the
 * engine itself) and records each stream's pool queue wait, summed over its segments.
 */
function recordingQueueWait(engine: Engine, sink: number[]): SpeechEngine {
  return {
    stream(text, options) {
      const inner = engine.stream(text, options);
      return (async function* () {
        let wait = 0;
        for await (const chunk of inner) {
          wait += chunk.segment.timing.queueWaitMs;
          yield chunk;
        }
        sink.push(wait);
      })();
    },
    phonemize: (text, options) => engine.phonemize(text, options),
    voices: () => engine.voices(),
    metrics: () => engine.metrics(),
    dispose: () => engine.dispose(),
  };
}

/** Runs the suite for one configuration. */
export async function runServerSuite(input: { ctx: SuiteContext; options: { ci: boolean; concurrency: number[] }; engineSpec: BenchEngineSpec }): Promise<{ server: ServerResult }> {
  const { ctx, engineSpec } = input;
  const waits: number[] = [];
  const server = await createServer({
    config: { host: '127.0.0.1', port: 0, logLevel: 'silent', defaultVoice: engineSpec.voice, limits: { ...SERVER_LIMITS } },
    loadEngine: async () => recordingQueueWait(await createEngine(benchEngineOptions(engineSpec)), waits),
    logger: false,
  });
  try {
    const baseUrl = (await server.listen()).replace('localhost', '127.0.0.1');
    await server.engineSettled;
    const o = {
      baseUrl,
      formats: AUDIO_FORMATS,
      concurrency: input.options.concurrency,
      requestsPerClient: input.options.ci ? 2 : 4,
      text: benchText(input.options.ci),
      voice: engineSpec.voice,
      queueWait: () => Promise.resolve(waits.splice(0)),
    };
    const formats = await measureFormats(ctx, o);
    const load = await measureLoad(ctx, o);
    return { server: { formats, load, queueLimit: SERVER_LIMITS.maxConcurrent + SERVER_LIMITS.maxQueue } };
  } finally {
    await server.close();
  }
}
