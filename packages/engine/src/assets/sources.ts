/**
 * Where users get Kokoro's files, as data. SHA-256 values are pinned here when known; a
 * `null` hash means "not pinned yet": the file is accepted on first download and its hash
 * recorded in the cache manifest (trust on first download), see README "Assets".
 */

/** Model variants published as ONNX. */
export type ModelVariant = 'fp32' | 'fp16' | 'int8' | 'q4' | 'q4f16';

/** Every model variant, for validation. */
export const MODEL_VARIANTS: readonly ModelVariant[] = ['fp32', 'fp16', 'int8', 'q4', 'q4f16'];

/** One downloadable file: the name it gets in the cache and where it comes from. */
export interface RemoteFile {
  /** File name inside the cache directory. */
  name: string;
  url: string;
  /** Lowercase hex SHA-256, or null while not pinned (trust on first download). */
  sha256: string | null;
}

const HF = 'https://huggingface.co/onnx-community/Kokoro-82M-v1.0-ONNX/resolve/main';
const GH = 'https://github.com/thewh1teagle/kokoro-onnx/releases/download/model-files-v1.0';

/** Model files per variant, in order of preference (Hugging Face first, then the GitHub release). */
export const MODEL_SOURCES: Readonly<Record<ModelVariant, readonly RemoteFile[]>> = {
  fp32: [
    { name: 'model.onnx', url: `${HF}/onnx/model.onnx`, sha256: null },
    { name: 'kokoro-v1.0.onnx', url: `${GH}/kokoro-v1.0.onnx`, sha256: null },
  ],
  fp16: [
    { name: 'model_fp16.onnx', url: `${HF}/onnx/model_fp16.onnx`, sha256: null },
    { name: 'kokoro-v1.0.fp16.onnx', url: `${GH}/kokoro-v1.0.fp16.onnx`, sha256: null },
  ],
  int8: [
    { name: 'model_quantized.onnx', url: `${HF}/onnx/model_quantized.onnx`, sha256: null },
    { name: 'kokoro-v1.0.int8.onnx', url: `${GH}/kokoro-v1.0.int8.onnx`, sha256: null },
  ],
  q4: [{ name: 'model_q4.onnx', url: `${HF}/onnx/model_q4.onnx`, sha256: null }],
  q4f16: [{ name: 'model_q4f16.onnx', url: `${HF}/onnx/model_q4f16.onnx`, sha256: null }],
};

/** The 54 Kokoro v1.0 voice ids (VOICES.md), for the per-voice Hugging Face fallback. */
export const KOKORO_VOICE_IDS: readonly string[] = [
  ...['alloy', 'aoede', 'bella', 'heart', 'jessica', 'kore', 'nicole', 'nova', 'river', 'sarah', 'sky'].map((n) => `af_${n}`),
  ...['adam', 'echo', 'eric', 'fenrir', 'liam', 'michael', 'onyx', 'puck', 'santa'].map((n) => `am_${n}`),
  ...['alice', 'emma', 'isabella', 'lily'].map((n) => `bf_${n}`),
  ...['daniel', 'fable', 'george', 'lewis'].map((n) => `bm_${n}`),
  'ef_dora', 'em_alex', 'em_santa', 'ff_siwis', 'hf_alpha', 'hf_beta', 'hm_omega', 'hm_psi', 'if_sara', 'im_nicola',
  'jf_alpha', 'jf_gongitsune', 'jf_nezumi', 'jf_tebukuro', 'jm_kumo', 'pf_dora', 'pm_alex', 'pm_santa',
  'zf_xiaobei', 'zf_xiaoni', 'zf_xiaoxiao', 'zf_xiaoyi', 'zm_yunjian', 'zm_yunxi', 'zm_yunxia', 'zm_yunyang',
];

/** All voices in one NumPy archive (kokoro-onnx release). Preferred: one download. */
export const VOICES_ARCHIVE: RemoteFile = { name: 'voices-v1.0.bin', url: `${GH}/voices-v1.0.bin`, sha256: null };

/** Per-voice raw packs from Hugging Face, the fallback when the archive cannot be fetched. */
export function voiceFileSource(id: string): RemoteFile {
  return { name: `${id}.bin`, url: `${HF}/voices/${id}.bin`, sha256: null };
}

/** misaki commit the lexicons are pinned to (hexgrad/misaki). Verify on first release. */
export const MISAKI_COMMIT = 'bc6b7d2d190fc3c0c773976e2acb3aadb5fb10b1';

/** misaki pronunciation lexicons (Apache-2.0) Kokoro's own G2P uses, by dialect. */
export function lexiconSources(commit: string = MISAKI_COMMIT): Readonly<Record<'en-us' | 'en-gb', readonly RemoteFile[]>> {
  const base = `https://raw.githubusercontent.com/hexgrad/misaki/${commit}/misaki/data`;
  const f = (name: string): RemoteFile => ({ name, url: `${base}/${name}`, sha256: LEXICON_SHA256[`${commit}/${name}`] ?? null });
  return { 'en-us': [f('us_gold.json'), f('us_silver.json')], 'en-gb': [f('gb_gold.json'), f('gb_silver.json')] };
}

/**
 * Pinned SHA-256 per `commit/file`. Empty until verified against the real files (they cannot
 * be fetched where this package was written); entries added here are enforced on download.
 */
export const LEXICON_SHA256: Readonly<Record<string, string>> = {};
