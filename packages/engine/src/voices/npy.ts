import { unzipSync } from 'fflate';

import { engineError } from '../errors';

/** @internal A decoded `.npy` array: float32 data and its shape. */
export interface NpyArray {
  shape: number[];
  data: Float32Array;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

/**
 * @internal Decodes a little-endian float32 `.npy` (format versions 1-3), as written by
 * `numpy.save`. `source` names the file in errors.
 */
export function parseNpy(bytes: Uint8Array, source: string): NpyArray {
  const bad = (what: string) => engineError('KOKORO_ENGINE_BAD_VOICE_FILE', `${source}: not a valid float32 .npy array (${what}). Re-download the voices file.`, { file: source });
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) throw bad('missing \\x93NUMPY magic');
  const major = bytes[6] ?? 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerLen: number;
  let headerStart: number;
  if (major === 1) { headerLen = view.getUint16(8, true); headerStart = 10; }
  else if (major === 2 || major === 3) {
    if (bytes.length < 12) throw bad('truncated header');
    headerLen = view.getUint32(8, true); headerStart = 12;
  } else throw bad(`unsupported format version ${major}`);
  const dataStart = headerStart + headerLen;
  if (dataStart > bytes.length) throw bad('truncated header');
  const header = new TextDecoder('latin1').decode(bytes.subarray(headerStart, dataStart));
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  if (descr !== '<f4' && descr !== '|f4') throw bad(`element type ${descr ?? '?'} where little-endian float32 ("<f4") was expected`);
  if (/'fortran_order'\s*:\s*True/.test(header)) throw bad('Fortran order is not supported');
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (shapeText === undefined) throw bad('no shape in header');
  const shape = shapeText.split(',').map((s) => s.trim()).filter((s) => s !== '').map(Number);
  if (shape.some((n) => !Number.isInteger(n) || n < 0)) throw bad(`shape (${shapeText})`);
  const count = shape.reduce((a, b) => a * b, 1);
  if (bytes.length - dataStart !== count * 4) throw bad(`shape (${shape.join(', ')}) needs ${count * 4} data bytes, found ${bytes.length - dataStart}`);
  // Copy: the data offset inside the file is not necessarily 4-byte aligned.
  const data = new Float32Array(count);
  new Uint8Array(data.buffer).set(bytes.subarray(dataStart));
  return { shape, data };
}

/** @internal Names of the arrays in an `.npz` archive (without the `.npy` suffix). */
export function listNpz(bytes: Uint8Array, source: string): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, { filter: (f) => { if (f.name.endsWith('.npy')) names.push(f.name.slice(0, -4)); return false; } });
  } catch (cause) {
    throw engineError('KOKORO_ENGINE_BAD_VOICE_FILE', `${source}: not a readable .npz (zip) archive: ${(cause as Error).message}. Expected voices-v1.0.bin from the kokoro-onnx release.`, { file: source }, cause);
  }
  return names;
}

/** @internal Decompresses and decodes one array of an `.npz` archive; undefined when absent. */
export function readNpzEntry(bytes: Uint8Array, name: string, source: string): NpyArray | undefined {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === `${name}.npy` });
  } catch (cause) {
    throw engineError('KOKORO_ENGINE_BAD_VOICE_FILE', `${source}: could not decompress ${name}.npy: ${(cause as Error).message}.`, { file: source, voice: name }, cause);
  }
  const entry = files[`${name}.npy`];
  return entry === undefined ? undefined : parseNpy(entry, `${source}#${name}.npy`);
}
