import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as ort from 'onnxruntime-node';
import { afterEach, describe, expect, it } from 'vitest';

import { EXIT, runCli, type CliIo } from '../src/cli-main';
import { KOKORO_V1_VOICE_IDS, type LatencyMeasurer } from '../src/index';

function sinks(createMeasurer?: CliIo['createMeasurer']) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), ...(createMeasurer ? { createMeasurer } : {}) };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('testkit CLI', () => {
  it('model writes the assets for the chosen variant and prints their paths', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'testkit-cli-'));
    dirs.push(dir);
    const s = sinks();
    const code = await runCli(['model', '--out', dir, '--variant', 'int32Speed', '--cost', '{"perFrame":1,"width":16,"depth":1}', '--voices', 'af_heart, bm_george'], s.io);
    expect(code).toBe(EXIT.ok);
    const printed = JSON.parse(s.out()) as { modelPath: string; voiceIds: string[] };
    expect(printed.voiceIds).toEqual(['af_heart', 'bm_george']);
    expect((await readdir(join(dir, 'voices'))).sort()).toEqual(['af_heart.bin', 'bm_george.bin']);
    const session = await ort.InferenceSession.create(printed.modelPath);
    expect(session.inputMetadata.find((m) => m.name === 'speed')).toMatchObject({ type: 'int32' });
    await session.release();
  });

  it('model --voices all writes every Kokoro v1.0 voice id, indexed in list order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'testkit-cli-'));
    dirs.push(dir);
    const s = sinks();
    expect(await runCli(['model', '--out', dir, '--voices', 'all'], s.io)).toBe(EXIT.ok);
    const printed = JSON.parse(s.out()) as { voiceIds: string[] };
    expect(printed.voiceIds).toHaveLength(54);
    expect(printed.voiceIds).toEqual([...KOKORO_V1_VOICE_IDS]);
    const files = await readdir(join(dir, 'voices'));
    for (const id of ['af_alloy', 'am_echo', 'bm_fable', 'af_nova', 'am_onyx', 'zm_yunyang']) expect(files).toContain(`${id}.bin`);
    expect(new Set(KOKORO_V1_VOICE_IDS).size).toBe(54);
  });

  it.each([
    [['model'], 'KOKORO_TESTKIT_BAD_ARGUMENT'],
    [['model', '--out', '/x', '--variant', 'nope'], 'KOKORO_TESTKIT_BAD_OPTION'],
    [['model', '--out', '/x', '--cost', 'cheap'], 'KOKORO_TESTKIT_BAD_ARGUMENT'],
    [['model', '--out', '/x', '--cost', '{"perFrame":-2}'], 'KOKORO_TESTKIT_BAD_OPTION'],
    [['model', '--out', '/x', '--frobnicate'], 'ERR_PARSE_ARGS'],
    [['calibrate', '--threads', 'two'], 'KOKORO_TESTKIT_BAD_ARGUMENT'],
    [['launch'], 'KOKORO_TESTKIT_BAD_ARGUMENT'],
    [[], 'KOKORO_TESTKIT_BAD_ARGUMENT'],
  ])('%j exits with the usage code and says why', async (argv, why) => {
    const s = sinks();
    expect(await runCli(argv, s.io)).toBe(EXIT.usage);
    expect(s.err()).toContain(why === 'ERR_PARSE_ARGS' ? 'frobnicate' : why);
    expect(s.err()).toContain('Usage: testkit');
  });

  it('calibrate --check times KOKORO_LIKE_COST with the injected measurer and thread count', async () => {
    let threadsSeen = 0;
    const measure: LatencyMeasurer = (_model, ids) => Promise.resolve(ids.length);
    const s = sinks((threads) => {
      threadsSeen = threads;
      return Promise.resolve(measure);
    });
    expect(await runCli(['calibrate', '--check', '--threads', '3', '--runs', '1'], s.io)).toBe(EXIT.ok);
    expect(threadsSeen).toBe(3);
    const printed = JSON.parse(s.out()) as { threads: number; check: { tokens: number; ms: number }[] };
    expect(printed.threads).toBe(3);
    expect(printed.check.map((p) => p.ms)).toEqual([12, 32, 102, 502]);
  });

  it('help prints the usage', async () => {
    const s = sinks();
    expect(await runCli(['help'], s.io)).toBe(EXIT.ok);
    expect(s.out()).toContain('model --out DIR');
  });
});
