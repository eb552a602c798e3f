/**
 * The model under test: the testkit's synthetic Kokoro-contract model written to a temporary
 * folder (default), or a real Kokoro ONNX file with its voices (`--model` / `--voices`).
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KOKORO_LIKE_COST, NO_COST, writeSyntheticAssets } from '@kokoro-ts/testkit';
import { BenchError } from './errors';
import type { ModelInfo } from './result';

/** A model ready to benchmark. */
export interface BenchModel {
  info: ModelInfo;
  /** ONNX file. */
  modelPath: string;
  /** Voices: a directory of NAME.bin, or a voices .npz. */
  voices: string;
  /** Voice synthesized with. */
  voiceId: string;
  /** Reads the voice pack used (float32 [510, 1, 256]) for the raw baseline. */
  voicePack(): Promise<Float32Array>;
}

/** The cost profile the synthetic model is built with for `--cost`. */
export function costProfile(cost: 'kokoro' | 'none'): { perCall: number; perToken: number; perFrame: number; width: number; depth: number } {
  return { ...(cost === 'kokoro' ? KOKORO_LIKE_COST : NO_COST) };
}

/** Writes the synthetic model and voices into `dir`. */
export async function syntheticModel(dir: string, cost: 'kokoro' | 'none'): Promise<BenchModel> {
  const profile = costProfile(cost);
  const assets = await writeSyntheticAssets(dir, { cost: profile });
  const voiceId = assets.voiceIds[0]!;
  return {
    info: {
      source: 'synthetic',
      path: assets.modelPath,
      voices: assets.voicesDir,
      bytes: statSync(assets.modelPath).size,
      cost: { perCall: profile.perCall, perToken: profile.perToken, perFrame: profile.perFrame },
    },
    modelPath: assets.modelPath,
    voices: assets.voicesDir,
    voiceId,
    voicePack: () => readVoiceBin(join(assets.voicesDir, `${voiceId}.bin`)),
  };
}

async function readVoiceBin(path: string): Promise<Float32Array> {
  const bytes = await readFile(path);
  if (bytes.byteLength !== 510 * 256 * 4) {
    throw new BenchError('KOKORO_BENCH_MODEL_MISSING', `Voice file ${path} has ${bytes.byteLength} bytes; a Kokoro voice pack has 522,240 (float32 [510, 1, 256]).`);
  }
  const out = new Float32Array(510 * 256);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/**
 * A real model. `voices` must be a directory of `NAME.bin` packs (the Hugging Face layout);
 * the raw baseline reads the chosen pack from it.
 */
export async function fileModel(modelPath: string, voices: string, voiceId: string | null): Promise<BenchModel> {
  if (!existsSync(modelPath)) throw new BenchError('KOKORO_BENCH_MODEL_MISSING', `--model ${modelPath} does not exist; pass the path of a Kokoro .onnx file.`);
  if (!existsSync(voices)) throw new BenchError('KOKORO_BENCH_MODEL_MISSING', `--voices ${voices} does not exist; pass a directory of NAME.bin voice packs.`);
  if (!statSync(voices).isDirectory()) {
    throw new BenchError('KOKORO_BENCH_MODEL_MISSING', `--voices ${voices} is a file; the benchmark needs a directory of NAME.bin packs (e.g. the Hugging Face repo's voices/), so the raw baseline reads the same pack as the engine.`);
  }
  const available = (await readdir(voices)).filter((f) => f.endsWith('.bin')).map((f) => f.slice(0, -4)).sort();
  const id = voiceId ?? (available.includes('af_heart') ? 'af_heart' : available[0]);
  if (id === undefined || !available.includes(id)) {
    throw new BenchError('KOKORO_BENCH_MODEL_MISSING', `Voice ${voiceId ?? '(any)'} not found in ${voices}; available: ${available.slice(0, 20).join(', ') || 'none'}.`);
  }
  return {
    info: { source: 'file', path: modelPath, voices, bytes: statSync(modelPath).size, cost: null },
    modelPath,
    voices,
    voiceId: id,
    voicePack: () => readVoiceBin(join(voices, `${id}.bin`)),
  };
}
