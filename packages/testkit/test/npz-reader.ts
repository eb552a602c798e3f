import { unzipSync } from 'fflate';

/** Parses an .npy v1.0 '<f4' file the way NumPy would, independently of the writer. */
export function parseNpy(bytes: Uint8Array): { shape: number[]; data: Float32Array; header: string } {
  if (bytes[0] !== 0x93 || new TextDecoder().decode(bytes.subarray(1, 6)) !== 'NUMPY') throw new Error('not an npy file');
  if (bytes[6] !== 1 || bytes[7] !== 0) throw new Error(`npy version ${bytes[6]}.${bytes[7]}`);
  const headerLength = bytes[8]! | (bytes[9]! << 8);
  const header = new TextDecoder('latin1').decode(bytes.subarray(10, 10 + headerLength));
  if (!header.includes("'descr': '<f4'") || !header.includes("'fortran_order': False")) throw new Error(`unexpected header ${header}`);
  const shapeText = /'shape': \(([^)]*)\)/.exec(header)![1]!;
  const shape = shapeText.split(',').map((s) => s.trim()).filter((s) => s.length > 0).map(Number);
  const start = 10 + headerLength;
  const view = new DataView(bytes.buffer, bytes.byteOffset + start, bytes.length - start);
  const data = new Float32Array(view.byteLength / 4);
  for (let i = 0; i < data.length; i++) data[i] = view.getFloat32(i * 4, true);
  return { shape, data, header };
}

/** Parses an .npz into name -> array. */
export function parseNpz(bytes: Uint8Array): Map<string, { shape: number[]; data: Float32Array }> {
  const out = new Map<string, { shape: number[]; data: Float32Array }>();
  for (const [file, content] of Object.entries(unzipSync(bytes))) out.set(file.replace(/\.npy$/, ''), parseNpy(content));
  return out;
}
