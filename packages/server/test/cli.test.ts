import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { createEngine } from '@kokoro-ts/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseCli } from '../src/cli/args';
import { run } from '../src/cli/main';
import { serveConfig } from '../src/cli/ops-commands';
import type { CliIo } from '../src/cli/runtime';
import { decodeAudio } from './helpers/decode';
import { cleanupAssets, syntheticAssetsDir } from './helpers/engine';

interface Captured {
  io: CliIo;
  out: () => string;
  err: () => string;
  bytes: () => Buffer;
}

/** A CLI io over buffers; the engine is the real one (single small session for the test machine). */
function capture(options: { stdin?: string; lines?: string[]; env?: Record<string, string> } = {}): Captured {
  let out = '';
  let err = '';
  const bytes: Buffer[] = [];
  const io: CliIo = {
    out: (t) => void (out += t),
    outBytes: (b) => void bytes.push(Buffer.from(b)),
    err: (t) => void (err += t),
    readStdin: () => Promise.resolve(options.stdin ?? ''),
    stdinLines: () => (async function* lines() {
      for (const line of options.lines ?? []) yield await Promise.resolve(line);
    })(),
    stdinIsTTY: options.stdin === undefined && options.lines === undefined,
    stderrIsTTY: false,
    readTextFile: (p) => readFile(p, 'utf8'),
    writeFile: (p, d) => writeFile(p, d),
    env: options.env ?? {},
    platform: process.platform,
    createEngine: (o) => createEngine({ ...o, graphCache: false, pool: { sessions: 1, threadsPerSession: 1, warmup: false } }),
  };
  return { io, out: () => out, err: () => err, bytes: () => Buffer.concat(bytes) };
}

let assets: { dir: string; modelPath: string; voicesDir: string };
beforeAll(async () => {
  assets = await syntheticAssetsDir();
});
afterAll(cleanupAssets);

describe('argument parsing', () => {
  it('prints help with no command, exit 0', async () => {
    const c = capture();
    expect(await run([], c.io)).toBe(0);
    expect(c.out()).toContain('kokoro <command>');
  });

  it.each([
    [['speak', 'hi'], /Unknown command "speak"/],
    [['say', '--colour', 'red'], /Unknown option '--colour'.*kokoro say --help/],
    [['say', 'hi', '--speed', 'fast'], /--speed expects a number/],
    [['say', 'hi', '--speed', '9', '--model', '/nowhere/model.onnx'], /--speed must be between 0.25 and 4/],
    [['say', 'hi', '--format', 'ogg'], /--format must be one of/],
    [['say', 'hi', '--voice', '../../etc/passwd'], /Invalid voice/],
    [['serve', '--port', '99999'], /port/],
    [['models', 'erase'], /Unknown models subcommand/],
  ])('exit 2 with a helpful message for %j', async (argv, message) => {
    const c = capture();
    expect(await run(argv, c.io)).toBe(2);
    expect(c.err()).toMatch(message);
  });

  it('parses repeatable flags and positionals', () => {
    const p = parseCli(['serve', '--cors-origin', 'https://a', '--cors-origin', 'https://b', '--port', '0']);
    expect(p.flags['cors-origin']).toEqual(['https://a', 'https://b']);
  });

  it('serve flags win over KOKORO_* variables', () => {
    const config = serveConfig(parseCli(['serve', '--port', '9100', '--max-queue', '3']), { KOKORO_PORT: '9000', KOKORO_HOST: '0.0.0.0', KOKORO_MAX_QUEUE: '50' });
    expect(config).toMatchObject({ port: 9100, host: '0.0.0.0', limits: { maxQueue: 3 } });
  });
});

describe('say', () => {
  it('writes a decodable file in the format its extension names', async () => {
    const out = join(assets.dir, 'hello.flac');
    const c = capture();
    const code = await run(['say', 'Hello there, world.', '--voice', 'af_bella', '--out', out, '--model', assets.modelPath, '--voices', assets.voicesDir, '--json'], c.io);
    expect(c.err()).toBe('');
    expect(code).toBe(0);
    const summary = JSON.parse(c.out()) as { format: string; seconds: number };
    expect(summary.format).toBe('flac');
    const decoded = await decodeAudio('flac', new Uint8Array(await readFile(out)));
    expect(decoded.samples.length / 24_000).toBeCloseTo(summary.seconds, 4);
  });

  it('reads text from stdin and writes wav to stdout with --out -', async () => {
    const c = capture({ stdin: 'Text from standard input.' });
    expect(await run(['say', '--out', '-', '--format', 'wav', '--model', assets.modelPath, '--voices', assets.voicesDir], c.io)).toBe(0);
    const decoded = await decodeAudio('wav', new Uint8Array(c.bytes()));
    expect(decoded.samples.length).toBeGreaterThan(24_000 * 0.5);
  });

  it('exit 3 with how to get a model when the model is missing', async () => {
    const c = capture();
    expect(await run(['say', 'hi', '--model', join(assets.dir, 'missing.onnx'), '--voices', assets.voicesDir, '--out', join(assets.dir, 'x.wav')], c.io)).toBe(3);
    expect(c.err()).toContain('pnpm testkit model --out');
  });

  it('exit 2 for a voice the model does not have', async () => {
    const c = capture();
    expect(await run(['say', 'hi', '--voice', 'af_nobody', '--model', assets.modelPath, '--voices', assets.voicesDir, '--out', join(assets.dir, 'y.wav')], c.io)).toBe(2);
    expect(c.err()).toMatch(/af_nobody/);
  });
});

describe('voices', () => {
  it('lists the loaded voices as JSON', async () => {
    const c = capture();
    expect(await run(['voices', '--json', '--model', assets.modelPath, '--voices', assets.voicesDir], c.io)).toBe(0);
    const voices = JSON.parse(c.out()) as { id: string; language: string }[];
    expect(voices).toContainEqual(expect.objectContaining({ id: 'af_heart', language: 'en-us' }));
  });

  it('reads KOKORO_MODEL_PATH and KOKORO_VOICES_PATH', async () => {
    const c = capture({ env: { KOKORO_MODEL_PATH: assets.modelPath, KOKORO_VOICES_PATH: assets.voicesDir } });
    expect(await run(['voices'], c.io)).toBe(0);
    expect(c.out()).toContain('bm_fable');
  });
});

describe('phonemize', () => {
  it('phonemizes text arguments', async () => {
    const c = capture();
    expect(await run(['phonemize', 'Hello', 'world', '--json'], c.io)).toBe(0);
    const r = JSON.parse(c.out()) as { text: string; phonemes: string; tokens: number[] };
    expect(r.text).toBe('Hello world');
    expect(r.phonemes.length).toBeGreaterThan(4);
    expect(r.tokens.length).toBeGreaterThan(4);
  });

  it('--jsonl turns 10,000 lines into 10,000 JSON objects in one process, in order', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => (i % 1000 === 999 ? '' : `Line ${i}: the quick brown fox jumps over ${i % 7} lazy dogs.`));
    const c = capture({ lines });
    expect(await run(['phonemize', '--jsonl'], c.io)).toBe(0);
    const out = c.out().trimEnd().split('\n').map((l) => JSON.parse(l) as { text: string; phonemes: string; tokens: number[] });
    expect(out).toHaveLength(10_000);
    out.forEach((o, i) => expect(o.text).toBe(lines[i]));
    expect(out[0]!.tokens.length).toBeGreaterThan(10);
    expect(out[999]).toEqual({ text: '', phonemes: '', tokens: [] });
  });
});

describe('doctor', () => {
  it('reports hardware as JSON', async () => {
    const c = capture();
    expect(await run(['doctor', '--json'], c.io)).toBe(0);
    const r = JSON.parse(c.out()) as { hardware: { cpu: { logicalCores: number } }; plan: { providers: { name: string }[] } };
    expect(r.hardware.cpu.logicalCores).toBeGreaterThan(0);
    expect(r.plan.providers.at(-1)!.name).toBe('cpu');
  });

  it('exit 2 for an invalid provider setting', async () => {
    const c = capture({ env: { KOKORO_PROVIDER: 'quantum' } });
    expect(await run(['doctor'], c.io)).toBe(2);
    expect(c.err()).toMatch(/quantum/);
  });
});

describe('models', () => {
  it('lists which variants are in the cache', async () => {
    const cacheDir = join(assets.dir, 'cache-list');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(cacheDir, 'int8'), { recursive: true });
    await writeFile(join(cacheDir, 'int8', 'model_quantized.onnx'), new Uint8Array(1234));
    const c = capture();
    expect(await run(['models', 'list', '--json', '--cache-dir', cacheDir], c.io)).toBe(0);
    const r = JSON.parse(c.out()) as { models: { variant: string; downloaded: boolean; bytes: number | null }[] };
    expect(r.models.find((m) => m.variant === 'int8')).toMatchObject({ downloaded: true, bytes: 1234 });
    expect(r.models.find((m) => m.variant === 'fp32')).toMatchObject({ downloaded: false });
  });

  it('verify checks SHA-256 against the manifest: ok, then exit 1 on a changed file', async () => {
    const { createHash } = await import('node:crypto');
    const { mkdir } = await import('node:fs/promises');
    const cacheDir = join(assets.dir, 'cache-verify');
    await mkdir(join(cacheDir, 'fp32'), { recursive: true });
    const data = new TextEncoder().encode('model bytes');
    await writeFile(join(cacheDir, 'fp32', 'model.onnx'), data);
    const sha256 = createHash('sha256').update(data).digest('hex');
    const manifest = { version: 1, files: { 'fp32/model.onnx': { url: 'https://example.invalid/model.onnx', sha256, bytes: data.length, pinned: false, downloadedAt: '2026-01-01T00:00:00Z' } } };
    await writeFile(join(cacheDir, 'manifest.json'), JSON.stringify(manifest));
    const ok = capture();
    expect(await run(['models', 'verify', '--json', '--cache-dir', cacheDir], ok.io)).toBe(0);
    expect(JSON.parse(ok.out())).toEqual([expect.objectContaining({ file: 'fp32/model.onnx', status: 'ok' })]);
    await writeFile(join(cacheDir, 'fp32', 'model.onnx'), new TextEncoder().encode('tampered'));
    const bad = capture();
    expect(await run(['models', 'verify', '--cache-dir', cacheDir], bad.io)).toBe(1);
    expect(bad.out()).toContain('mismatch');
  });

  it('verify with nothing downloaded says how to download (exit 3)', async () => {
    const c = capture();
    expect(await run(['models', 'verify', '--cache-dir', join(assets.dir, 'empty-cache')], c.io)).toBe(3);
    expect(c.err()).toContain('kokoro models download');
  });
});
