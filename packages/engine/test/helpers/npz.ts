import { zipSync } from 'fflate';

/** Writes a float32 `.npy` (format 1.0), as numpy.save does. */
export function npy(data: Float32Array, shape: number[]): Uint8Array {
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  const total = 10 + header.length + 1;
  header += ' '.repeat((64 - (total % 64)) % 64) + '\n';
  const out = new Uint8Array(10 + header.length + data.byteLength);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  new DataView(out.buffer).setUint16(8, header.length, true);
  out.set(new TextEncoder().encode(header), 10);
  out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), 10 + header.length);
  return out;
}

/** An `.npz` archive of voice packs. */
export function npz(arrays: Record<string, { data: Float32Array; shape: number[] }>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(arrays).map(([k, v]) => [`${k}.npy`, npy(v.data, v.shape)])));
}

/** A voice pack whose every value encodes (voice, row, column) so blends and rows are checkable. */
export function pack(voice: number): Float32Array {
  const p = new Float32Array(510 * 256);
  for (let r = 0; r < 510; r++) for (let c = 0; c < 256; c++) p[r * 256 + c] = voice + r / 1000 + c / 1e6;
  return p;
}
