/**
 * Writes a synthetic model and voices to a folder laid out like a real Kokoro download, so the
 * engine, server, bench and smoke tests can run end to end without Kokoro's weights.
 * @packageDocumentation
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { type CostProfile } from './cost';
import { MAX_VOICE_INDEX } from './encoding';
import { TestkitError } from './errors';
import { buildSyntheticModel } from './model';
import { encodeNpz } from './npy';
import { resolveVariant, type SyntheticVariant } from './variants';
import { DEFAULT_VOICE_IDS, VOICE_PACK_SHAPE, syntheticVoice, voicePackBytes } from './voices';

/** File names inside the asset folder. */
export const ASSET_FILES = Object.freeze({
  model: 'model.onnx',
  voicesDir: 'voices',
  voicesNpz: 'voices.bin',
  manifest: 'synthetic.json',
} as const);

/** Options of {@link writeSyntheticAssets}. */
export interface SyntheticAssetOptions {
  /** Model contract; missing fields come from `VARIANTS.hf`. Default `VARIANTS.hf`. */
  variant?: Partial<SyntheticVariant>;
  /** Extra compute; e.g. `KOKORO_LIKE_COST` for Kokoro-like latency. Default: none. */
  cost?: Partial<CostProfile>;
  /** Voice ids to write; a voice's index (style column 1) is its position here. Default {@link DEFAULT_VOICE_IDS}. */
  voices?: readonly string[];
}

/** Paths written by {@link writeSyntheticAssets}. */
export interface SyntheticAssets {
  /** `DIR/model.onnx`. */
  modelPath: string;
  /** `DIR/voices`, holding one raw float32 `NAME.bin` per voice. */
  voicesDir: string;
  /** `DIR/voices.bin`, an `.npz` holding every voice (the `voices-v1.0.bin` format). */
  voicesNpzPath: string;
  /** Voice ids written, in voice-index order. */
  voiceIds: string[];
  /** `DIR/synthetic.json`: variant, cost and voice indices, for humans and scripts. */
  manifestPath: string;
}

const VOICE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

function checkVoiceIds(voices: readonly string[]): string[] {
  if (voices.length === 0 || voices.length > MAX_VOICE_INDEX + 1) {
    throw new TestkitError('KOKORO_TESTKIT_BAD_OPTION', `voices must list 1..${MAX_VOICE_INDEX + 1} ids; got ${voices.length}.`);
  }
  const seen = new Set<string>();
  for (const id of voices) {
    if (!VOICE_ID.test(id)) {
      throw new TestkitError('KOKORO_TESTKIT_BAD_OPTION', `Voice id ${JSON.stringify(id)} is not a safe file name (letters, digits, '_' and '-'), e.g. "af_heart".`);
    }
    if (seen.has(id)) throw new TestkitError('KOKORO_TESTKIT_BAD_OPTION', `Voice id ${JSON.stringify(id)} is listed twice.`);
    seen.add(id);
  }
  return [...voices];
}

/**
 * Writes `model.onnx`, `voices/NAME.bin` per voice, `voices.bin` (npz of all voices) and
 * `synthetic.json` into `dir` (created if missing; existing files are overwritten).
 * @throws {@link TestkitError} `KOKORO_TESTKIT_BAD_OPTION` for bad options; file-system errors pass through.
 */
export async function writeSyntheticAssets(dir: string, options: SyntheticAssetOptions = {}): Promise<SyntheticAssets> {
  const voiceIds = checkVoiceIds(options.voices ?? DEFAULT_VOICE_IDS);
  const variant = resolveVariant(options.variant);
  const model = buildSyntheticModel({ variant, cost: options.cost });
  const voicesDir = join(dir, ASSET_FILES.voicesDir);
  await mkdir(voicesDir, { recursive: true });
  const modelPath = join(dir, ASSET_FILES.model);
  await writeFile(modelPath, model);
  const packs = new Map(voiceIds.map((id, index) => [id, { data: syntheticVoice(index), shape: VOICE_PACK_SHAPE }]));
  for (const [id, pack] of packs) await writeFile(join(voicesDir, `${id}.bin`), voicePackBytes(pack.data));
  const voicesNpzPath = join(dir, ASSET_FILES.voicesNpz);
  await writeFile(voicesNpzPath, encodeNpz(packs));
  const manifestPath = join(dir, ASSET_FILES.manifest);
  const manifest = { variant, cost: options.cost ?? {}, voices: Object.fromEntries(voiceIds.map((id, i) => [id, i])) };
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { modelPath, voicesDir, voicesNpzPath, voiceIds, manifestPath };
}
