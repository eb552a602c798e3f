/**
 * Letter-to-sound basics shared by the training script (scripts/train-lts.ts) and the runtime (lts.ts): the letter
 * and phone alphabets, the held-out bucket and a Buffer-free base64 for the generated model.
 */

/** Letter alphabet: index 0 is the word boundary, then a-z, then the apostrophe. @internal */
export const LTS_LETTERS = "#abcdefghijklmnopqrstuvwxyz'";

const VOWEL_PHONES = ['AA', 'AE', 'AH', 'AO', 'AW', 'AY', 'EH', 'ER', 'EY', 'IH', 'IY', 'OW', 'OY', 'UH', 'UW'];
const CONSONANT_PHONES = ['B', 'CH', 'D', 'DH', 'F', 'G', 'HH', 'JH', 'K', 'L', 'M', 'N', 'NG', 'P', 'R', 'S', 'SH', 'T', 'TH', 'V', 'W', 'Y', 'Z', 'ZH'];

/** Every ARPAbet phone the model may write, vowels with each stress digit. @internal */
export const LTS_PHONES: readonly string[] = ['', ...CONSONANT_PHONES, ...VOWEL_PHONES.flatMap((v) => [`${v}0`, `${v}1`, `${v}2`])];
const PHONE_ID = new Map(LTS_PHONES.map((p, i) => [p, i]));

/**
 * The training script's 5% test bucket: FNV-1a (32 bits) of the word is 0 mod 20. A plain hash anyone can
 * reproduce, so tests can check that a word was never seen in training.
 * @internal
 */
export function isHeldOut(word: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 20 === 0;
}

/** Letter codes of a word, or `undefined` when it has a character outside a-z and the apostrophe. @internal */
export function letterCodes(word: string): Uint8Array | undefined {
  const codes = new Uint8Array(word.length);
  for (let i = 0; i < word.length; i++) {
    const code = LTS_LETTERS.indexOf(word[i] ?? '#');
    if (code <= 0) return undefined;
    codes[i] = code;
  }
  return codes;
}

/** Index of a phone in {@link LTS_PHONES}, 0 when it is not one (the trainer skips such entries). @internal */
export function phoneId(phone: string): number {
  return PHONE_ID.get(phone) ?? 0;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Uint8Array(128);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/** Base64 without Buffer or atob, so the decoder runs the same in Node and browsers. @internal */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = ((acc << 6) | (B64_VALUE[clean.charCodeAt(i) & 127] ?? 0)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Base64 encoder for the training script. @internal */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63] ?? '';
    out += B64[(n >> 12) & 63] ?? '';
    out += i + 1 < bytes.length ? (B64[(n >> 6) & 63] ?? '') : '=';
    out += i + 2 < bytes.length ? (B64[n & 63] ?? '') : '=';
  }
  return out;
}
