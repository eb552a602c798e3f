/**
 * NumPy `.npy` (format 1.0) and `.npz` writers, for the `voices-v1.0.bin` voice format (an
 * uncompressed zip of one `.npy` per voice, as `numpy.savez` writes it).
 * @packageDocumentation
 */
import { zipSync } from 'fflate';

import { TestkitError } from './errors';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // "\x93NUMPY"

/**
 * Encodes a float32 array as a `.npy` v1.0 file (`'<f4'`, C order). The header is padded
 * with spaces so the data starts on a 64-byte boundary, as NumPy does.
 * @throws {@link TestkitError} `KOKORO_TESTKIT_BAD_OPTION` when `shape` does not match `data.length`.
 */
export function encodeNpy(data: Float32Array, shape: readonly number[]): Uint8Array {
  const count = shape.reduce((a, b) => a * b, 1);
  if (count !== data.length || shape.some((d) => !Number.isInteger(d) || d < 0)) {
    throw new TestkitError('KOKORO_TESTKIT_BAD_OPTION', `encodeNpy: shape (${shape.join(', ')}) holds ${count} values; data has ${data.length}.`);
  }
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': ${shapeText}, }`;
  const unpadded = MAGIC.length + 4 + header.length + 1;
  header += ' '.repeat((64 - (unpadded % 64)) % 64) + '\n';
  const out = new Uint8Array(MAGIC.length + 4 + header.length + data.length * 4);
  out.set(MAGIC, 0);
  out[6] = 1; // major version
  out[7] = 0; // minor version
  const view = new DataView(out.buffer);
  view.setUint16(8, header.length, true);
  for (let i = 0; i < header.length; i++) out[10 + i] = header.charCodeAt(i);
  const dataStart = 10 + header.length;
  for (let i = 0; i < data.length; i++) view.setFloat32(dataStart + i * 4, data[i]!, true);
  return out;
}

/** One array of an `.npz` archive. */
export interface NpzEntry {
  /** Values, row-major. */
  data: Float32Array;
  /** Shape; the product must equal `data.length`. */
  shape: readonly number[];
}

function isMap(x: ReadonlyMap<string, NpzEntry> | Readonly<Record<string, NpzEntry>>): x is ReadonlyMap<string, NpzEntry> {
  return x instanceof Map;
}

/** Fixed timestamp for zip entries so the same arrays always give the same bytes. */
const ZIP_TIME = new Date(2000, 0, 1);

/**
 * Encodes named arrays as an `.npz` (stored zip, entry `NAME.npy` per array, in the order given).
 * @throws {@link TestkitError} `KOKORO_TESTKIT_BAD_OPTION` for a bad shape or an empty name or one containing '/'.
 */
export function encodeNpz(entries: ReadonlyMap<string, NpzEntry> | Readonly<Record<string, NpzEntry>>): Uint8Array {
  const pairs: [string, NpzEntry][] = isMap(entries) ? [...entries] : Object.entries<NpzEntry>(entries);
  const files: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
  for (const [name, entry] of pairs) {
    if (name.length === 0 || name.includes('/')) {
      throw new TestkitError('KOKORO_TESTKIT_BAD_OPTION', `encodeNpz: array names must be non-empty and contain no '/'; got ${JSON.stringify(name)}.`);
    }
    files[`${name}.npy`] = [encodeNpy(entry.data, entry.shape), { level: 0, mtime: ZIP_TIME }];
  }
  return zipSync(files);
}
