import { describe, expect, it } from 'vitest';
import { countWords } from '../src/corpus';
import type { StreamTiming } from '../src/http/stream-client';
import { coldStartScript, measureColdStart } from '../src/suites/cold-start';
import { defaultContext } from '../src/suites/context';
import { chordSignal, runEncodersSuite } from '../src/suites/encoders';
import { measureG2P } from '../src/suites/g2p';
import { classify, measureFormats, measureLoad, type ServerLoadOptions } from '../src/suites/server-load';

/** A clock that advances only when told: suites' arithmetic checked without timing. */
function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const timing = (over: Partial<StreamTiming>): StreamTiming => ({ status: 200, headerMs: 1, firstAudioByteMs: 5, totalMs: 50, bytes: 48000, error: null, ...over });

describe('server load measurement', () => {
  it('classifies 429s apart from errors and truncated bodies', () => {
    expect(classify(timing({}))).toBe('ok');
    expect(classify(timing({ status: 429 }))).toBe('429');
    expect(classify(timing({ status: 500 }))).toBe('error');
    expect(classify(timing({ error: 'response body ended early' }))).toBe('error');
  });

  it('sends clients x requests, counts outcomes and computes audio seconds per wall second from pcm bytes', async () => {
    const clock = fakeClock();
    const seen: string[] = [];
    let n = 0;
    const o: ServerLoadOptions = {
      baseUrl: 'http://127.0.0.1:1',
      formats: ['wav'],
      concurrency: [1, 3],
      requestsPerClient: 2,
      text: 'hi',
      voice: 'af_heart',
      queueWait: () => Promise.resolve([3, 4]),
      stream: (req) => {
        seen.push(`${(req.body as { response_format: string }).response_format}`);
        clock.advance(100);
        n++;
        return Promise.resolve(n === 5 ? timing({ status: 429, bytes: 0 }) : timing({}));
      },
    };
    const load = await measureLoad(defaultContext({ now: clock.now }), o);
    expect(seen.every((f) => f === 'pcm')).toBe(true);
    expect(load.map((l) => [l.clients, l.requests, l.ok, l.rejected429, l.errors])).toEqual([
      [1, 2, 2, 0, 0],
      [3, 6, 5, 1, 0],
    ]);
    // level 1: 2 x 1 s of audio in 0.2 s of fake wall time
    expect(load[0]!.throughputRealTime).toBeCloseTo(10, 9);
    expect(load[0]!.queueWaitMs!.p50).toBe(3.5);
  });

  it('per-format timing fails loudly when the first audio byte never arrives', async () => {
    const o: ServerLoadOptions = { baseUrl: 'http://x', formats: ['opus'], concurrency: [1], requestsPerClient: 1, text: 'hi', voice: 'v', stream: () => Promise.resolve(timing({ firstAudioByteMs: null })) };
    await expect(measureFormats(defaultContext({ runs: 2 }), o)).rejects.toThrow(/opus: .*never arrived/);
  });
});

describe('cold start', () => {
  it('the child script creates the engine with the given options and reports ready then audio', () => {
    const s = coldStartScript('file:///x/engine.js', { model: '/m.onnx', caches: false }, 'Hi.');
    expect(s).toContain('await import("file:///x/engine.js")');
    expect(s).toContain('createEngine({"model":"/m.onnx","caches":false})');
    expect(s.indexOf("'ready\\n'")).toBeLessThan(s.indexOf("'audio\\n'"));
  });

  it('fills the graph cache unmeasured, then alternates cache off / on', async () => {
    const scripts: string[] = [];
    const spec = { modelPath: '/m.onnx', voices: '/v', voice: 'af_heart', sessions: 1, threadsPerSession: 2, graphCacheDir: null };
    let i = 0;
    const r = await measureColdStart(
      { log: () => undefined },
      {
        engineUrl: 'file:///e.js',
        spec,
        graphCacheDir: '/tmp/g',
        runs: 2,
        time: (script) => {
          scripts.push(script.includes('"graphCache":true') ? 'on' : 'off');
          i++;
          return Promise.resolve({ readyMs: 100 * i, firstAudioMs: 100 * i + 50 });
        },
      },
    );
    expect(scripts).toEqual(['on', 'off', 'on', 'off', 'on']);
    expect(r.runs.map((v) => [v.graphCache, v.readyMs.n, v.readyMs.p50])).toEqual([
      ['off', 2, 300],
      ['on', 2, 400],
    ]);
  });
});

describe('G2P and encoders', () => {
  it('words per second from the median pass', async () => {
    const clock = fakeClock();
    const r = await measureG2P(defaultContext({ runs: 3, warmup: 1, now: clock.now }), () => clock.advance(20), 'one two three four');
    expect(r.words).toBe(4);
    expect(r.msPerPass.p50).toBe(20);
    expect(r.wordsPerSecond).toBe(200);
  });

  it('counts words, not punctuation', () => {
    expect(countWords('Hello, world — it is 7:45 .')).toBe(5);
  });

  it('encodes a clip in every format and reports a positive multiple of real time', async () => {
    const r = await runEncodersSuite(defaultContext({ runs: 1, warmup: 0 }), chordSignal(0.5), ['wav', 'mp3', 'flac']);
    expect(r.encoders.map((e) => e.format)).toEqual(['mp3', 'flac', 'wav']);
    for (const e of r.encoders) expect(e.realTimeMultiple).toBeGreaterThan(0);
  });
});
