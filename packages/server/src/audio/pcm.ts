/**
 * Float samples in [-1, 1] to signed 16-bit integers, clipped. Values outside the range are
 * clamped rather than wrapped so a loud segment distorts instead of producing clicks.
 * @internal
 */
export function floatToInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i]!;
    const c = s > 1 ? 1 : s < -1 ? -1 : s;
    out[i] = c < 0 ? Math.round(c * 0x8000) : Math.round(c * 0x7fff);
  }
  return out;
}

/** Float samples as little-endian s16 bytes (the `pcm` response format). @internal */
export function floatToS16leBytes(samples: Float32Array): Uint8Array {
  const ints = floatToInt16(samples);
  const bytes = new Uint8Array(ints.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < ints.length; i++) view.setInt16(i * 2, ints[i]!, true);
  return bytes;
}
