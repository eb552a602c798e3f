import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { decodeAudio } from './helpers/decode';
import { cleanupAssets, syntheticAssetsDir } from './helpers/engine';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const LONG_TEXT = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} keeps this stream going for a while.`).join(' ');

/** Starts `kokoro serve` on a free port; resolves with the URL from its log and a getter for all it printed. */
function startServer(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer): void => {
      output += d.toString();
      const m = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output);
      if (m) resolve({ child, url: m[1]!, output: () => output, exited });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
}

async function waitReady(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const res = await fetch(`${url}/ready`);
    if (res.status === 200) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server never became ready');
}

afterAll(cleanupAssets);

// Needs the built CLI: `pnpm test` builds first (turbo), as CI does.
describe.skipIf(!existsSync(CLI))('kokoro serve (built CLI)', () => {
  it('on SIGTERM finishes the in-flight stream, refuses new work, then exits 0', async () => {
    const assets = await syntheticAssetsDir({ perFrame: 2 });
    const { child, url, exited, output } = await startServer(['--model', assets.modelPath, '--voices', assets.voicesDir, '--drain-timeout-ms', '20000']);
    await waitReady(url);
    const response = await fetch(`${url}/v1/audio/speech`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: LONG_TEXT, voice: 'af_heart', response_format: 'wav' }) });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const first = await reader.read();
    child.kill('SIGTERM');
    const parts: Uint8Array[] = [first.value as Uint8Array];
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      parts.push(next.value as Uint8Array);
    }
    expect(await exited).toBe(0);
    const decoded = await decodeAudio('wav', new Uint8Array(Buffer.concat(parts)));
    // The whole text was spoken: 12 sentences of several words at about 0.1-0.2 s per word.
    expect(decoded.samples.length / 24_000).toBeGreaterThan(8);
    // The stream was still in flight when the signal came: the drain line precedes its end.
    const log = output();
    expect(log.indexOf('draining in-flight streams')).toBeGreaterThan(-1);
    expect(log.indexOf('"msg":"synthesis done"')).toBeGreaterThan(log.indexOf('draining in-flight streams'));
    await expect(fetch(`${url}/health`)).rejects.toThrow();
  });

  it('starts without a model and says on /ready what is missing and how to get it', async () => {
    const { child, url, exited } = await startServer(['--model', '/nonexistent/model.onnx', '--voices', '/nonexistent/voices']);
    let body: { status: string; hint?: string; error?: { code: string } } = { status: 'loading' };
    for (let i = 0; i < 200 && body.status === 'loading'; i++) {
      body = (await (await fetch(`${url}/ready`)).json()) as typeof body;
      if (body.status === 'loading') await new Promise((r) => setTimeout(r, 50));
    }
    expect(body.status).toBe('failed');
    expect(body.error!.code).toBe('KOKORO_ENGINE_MODEL_MISSING');
    expect(body.hint).toContain('kokoro models download');
    expect((await fetch(`${url}/health`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
