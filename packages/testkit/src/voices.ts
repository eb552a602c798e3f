/**
 * Synthetic voice packs: Kokoro's `[510, 1, 256]` float32 layout, with the row and voice
 * encoded in columns 0 and 1 so the model's output tells which row and voice were used.
 * @packageDocumentation
 */
import { MAX_VOICE_INDEX, styleRowCode, styleVoiceCode } from './encoding';
import { TestkitError } from './errors';

/** Rows in a voice pack (one per input length 0..509). */
export const VOICE_ROWS = 510;
/** Style vector width. */
export const STYLE_DIM = 256;
/** Floats in one voice pack (`510 * 1 * 256`). */
export const VOICE_PACK_LENGTH = VOICE_ROWS * STYLE_DIM;
/** Shape of a voice pack as Kokoro stores it. */
export const VOICE_PACK_SHAPE: readonly number[] = Object.freeze([VOICE_ROWS, 1, STYLE_DIM]);
/** Magnitude bound of the pseudo-random filler in columns 2..255. */
export const VOICE_FILLER_AMPLITUDE = 0.05;

/**
 * Voice ids the synthetic assets use by default, several languages and both genders (from
 * Kokoro v1.0's list). A voice's index (encoded in style column 1) is its position here.
 */
export const DEFAULT_VOICE_IDS: readonly string[] = Object.freeze([
  'af_heart',
  'af_bella',
  'af_sky',
  'af_nicole',
  'am_adam',
  'am_michael',
  'bf_emma',
  'bm_george',
  'ef_dora',
  'em_alex',
  'ff_siwis',
  'hf_alpha',
  'if_sara',
  'jf_alpha',
  'pf_dora',
  'zf_xiaobei',
  'zm_yunxi',
]);

/**
 * All 54 voice ids of Kokoro v1.0 (../shared/kokoro/VOICES.md), so a synthetic voice folder can
 * stand in for the real one: every id and every OpenAI voice name a server maps resolves.
 * `--voices all` on the CLI writes these (indices follow this order).
 */
export const KOKORO_V1_VOICE_IDS: readonly string[] = Object.freeze([
  ...['alloy', 'aoede', 'bella', 'heart', 'jessica', 'kore', 'nicole', 'nova', 'river', 'sarah', 'sky'].map((n) => `af_${n}`),
  ...['adam', 'echo', 'eric', 'fenrir', 'liam', 'michael', 'onyx', 'puck', 'santa'].map((n) => `am_${n}`),
  ...['alice', 'emma', 'isabella', 'lily'].map((n) => `bf_${n}`),
  ...['daniel', 'fable', 'george', 'lewis'].map((n) => `bm_${n}`),
  'ef_dora', 'em_alex', 'em_santa', 'ff_siwis',
  'hf_alpha', 'hf_beta', 'hm_omega', 'hm_psi', 'if_sara', 'im_nicola',
  'jf_alpha', 'jf_gongitsune', 'jf_nezumi', 'jf_tebukuro', 'jm_kumo',
  'pf_dora', 'pm_alex', 'pm_santa',
  'zf_xiaobei', 'zf_xiaoni', 'zf_xiaoxiao', 'zf_xiaoyi', 'zm_yunjian', 'zm_yunxi', 'zm_yunxia', 'zm_yunyang',
]);

/**
 * A synthetic voice pack, row-major `[510, 1, 256]`: row r has column 0 =
 * `STYLE_ROW_SCALE * (r + 1) / 512`, column 1 = `STYLE_VOICE_SCALE * (voiceIndex + 1) / 64`,
 * and columns 2..255 deterministic pseudo-random values in ±{@link VOICE_FILLER_AMPLITUDE}.
 * @throws {@link TestkitError} `KOKORO_TESTKIT_BAD_OPTION` unless `voiceIndex` is an integer in 0..63.
 */
export function syntheticVoice(voiceIndex: number): Float32Array {
  if (!Number.isInteger(voiceIndex) || voiceIndex < 0 || voiceIndex > MAX_VOICE_INDEX) {
    throw new TestkitError(
      'KOKORO_TESTKIT_BAD_OPTION',
      `voiceIndex must be an integer in 0..${MAX_VOICE_INDEX} (the style channel's budget); got ${String(voiceIndex)}.`,
    );
  }
  const pack = new Float32Array(VOICE_PACK_LENGTH);
  let state = (0x2545f491 ^ Math.imul(voiceIndex + 1, 0x9e3779b1)) >>> 0;
  const voiceCode = styleVoiceCode(voiceIndex);
  for (let row = 0; row < VOICE_ROWS; row++) {
    const base = row * STYLE_DIM;
    pack[base] = styleRowCode(row);
    pack[base + 1] = voiceCode;
    for (let col = 2; col < STYLE_DIM; col++) {
      // xorshift32: cheap, deterministic, and different for every voice.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      pack[base + col] = (state / 2 ** 32 - 0.5) * 2 * VOICE_FILLER_AMPLITUDE;
    }
  }
  return pack;
}

/** Raw little-endian bytes of a voice pack, the Hugging Face `voices/NAME.bin` format. */
export function voicePackBytes(pack: Float32Array): Uint8Array {
  const out = new Uint8Array(pack.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < pack.length; i++) view.setFloat32(i * 4, pack[i]!, true);
  return out;
}
