/**
 * The HTTP measurements, against any running server URL: time to first audio byte per
 * response_format (sequential requests), then 1..2x cores concurrent streaming clients.
 */
import type { ServerFormatResult, ServerLoadResult } from '../result';
import { summarize } from '../stats';
import { timedStream, type StreamTiming } from '../http/stream-client';
import { repeat, type SuiteContext } from './context';

/** Options of {@link measureServer}. */
export interface ServerLoadOptions {
  /** e.g. `http://127.0.0.1:8880`. */
  baseUrl: string;
  formats: readonly string[];
  concurrency: readonly number[];
  /** Requests each client sends back to back at each concurrency level. */
  requestsPerClient: number;
  text: string;
  voice: string;
  /** Reads queue-wait samples (ms) accumulated since the last call, if the server exposes them. */
  queueWait?: () => Promise<number[] | null>;
  /** Optional stream function (tests). */
  stream?: typeof timedStream;
}

const speechBody = (o: ServerLoadOptions, format: string) => ({ model: 'kokoro', input: o.text, voice: o.voice, response_format: format, speed: 1, stream: true });

/** Sequential first-byte timing for each format. */
export async function measureFormats(ctx: SuiteContext, o: ServerLoadOptions): Promise<ServerFormatResult[]> {
  const stream = o.stream ?? timedStream;
  const out: ServerFormatResult[] = [];
  for (const format of o.formats) {
    const runs = await repeat({ runs: Math.max(3, Math.ceil(ctx.runs / 2)), warmup: 1 }, async () => {
      const r = await stream({ url: `${o.baseUrl}/v1/audio/speech`, body: speechBody(o, format), format });
      if (r.error !== null || r.status !== 200 || r.firstAudioByteMs === null) throw new Error(`${format}: HTTP ${r.status} ${r.error ?? ''} (first audio byte ${r.firstAudioByteMs === null ? 'never arrived' : 'ok'})`);
      return r;
    });
    out.push({ format, firstByteMs: summarize(runs.map((r) => r.firstAudioByteMs!)), totalMs: summarize(runs.map((r) => r.totalMs)), bytes: runs[0]!.bytes });
    ctx.log(`server: ${format} first audio byte p50 ${out[out.length - 1]!.firstByteMs.p50.toFixed(1)} ms`);
  }
  return out;
}

/** Classifies one response for the load table. */
export function classify(r: StreamTiming): 'ok' | '429' | 'error' {
  if (r.status === 429) return '429';
  if (r.error !== null || r.status < 200 || r.status >= 300) return 'error';
  return 'ok';
}

/** Concurrent streaming clients at each level; pcm, so audio seconds = bytes / 48000. */
export async function measureLoad(ctx: SuiteContext, o: ServerLoadOptions): Promise<ServerLoadResult[]> {
  const stream = o.stream ?? timedStream;
  const out: ServerLoadResult[] = [];
  for (const clients of o.concurrency) {
    await o.queueWait?.();
    const results: StreamTiming[] = [];
    const t0 = ctx.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (let i = 0; i < o.requestsPerClient; i++) results.push(await stream({ url: `${o.baseUrl}/v1/audio/speech`, body: speechBody(o, 'pcm'), format: 'pcm' }));
      }),
    );
    const wallS = (ctx.now() - t0) / 1000;
    const ok = results.filter((r) => classify(r) === 'ok');
    const audioSeconds = ok.reduce((s, r) => s + r.bytes / 48000, 0);
    const waits = (await o.queueWait?.()) ?? null;
    out.push({
      clients,
      requests: results.length,
      ok: ok.length,
      errors: results.filter((r) => classify(r) === 'error').length,
      rejected429: results.filter((r) => classify(r) === '429').length,
      throughputRealTime: audioSeconds / wallS,
      latencyMs: ok.length > 0 ? summarize(ok.map((r) => r.totalMs)) : null,
      firstByteMs: ok.length > 0 ? summarize(ok.map((r) => r.firstAudioByteMs ?? r.totalMs)) : null,
      queueWaitMs: waits && waits.length > 0 ? summarize(waits) : null,
    });
    const l = out[out.length - 1]!;
    ctx.log(`server: ${clients} clients: ${l.ok}/${l.requests} ok, ${l.rejected429} x 429, ${l.errors} errors, ${l.throughputRealTime.toFixed(2)}x real time`);
  }
  return out;
}
