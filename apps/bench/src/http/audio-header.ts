/**
 * Where the audio starts in a response body. Time to first audio byte must not be the time
 * to a container header: a WAV RIFF header, Ogg Opus's OpusHead/OpusTags pages and FLAC's
 * metadata blocks can all be sent before any sound exists. Pure.
 */

/**
 * Length of the container header at the start of `body` for `format`, or null while too few
 * bytes have arrived to tell. pcm, mp3 and aac (ADTS) have no separate header: 0.
 */
export function audioHeaderLength(format: string, body: Uint8Array): number | null {
  switch (format) {
    case 'wav':
      return wavHeaderLength(body);
    case 'opus':
      return oggHeaderPagesLength(body, 2);
    case 'flac':
      return flacHeaderLength(body);
    default:
      return 0;
  }
}

/** RIFF/WAVE: everything up to and including the `data` chunk header. */
function wavHeaderLength(body: Uint8Array): number | null {
  if (body.length < 12) return null;
  let at = 12;
  while (at + 8 <= body.length) {
    const id = String.fromCharCode(body[at]!, body[at + 1]!, body[at + 2]!, body[at + 3]!);
    if (id === 'data') return at + 8;
    const size = body[at + 4]! | (body[at + 5]! << 8) | (body[at + 6]! << 16) | (body[at + 7]! << 24);
    at += 8 + size + (size & 1);
  }
  return null;
}

/** The first `pages` Ogg pages (Opus: identification and comment headers). */
function oggHeaderPagesLength(body: Uint8Array, pages: number): number | null {
  let at = 0;
  for (let p = 0; p < pages; p++) {
    if (at + 27 > body.length) return null;
    if (body[at] !== 0x4f || body[at + 1] !== 0x67 || body[at + 2] !== 0x67 || body[at + 3] !== 0x53) return at; // not "OggS": no more header pages
    const segments = body[at + 26]!;
    if (at + 27 + segments > body.length) return null;
    let size = 0;
    for (let s = 0; s < segments; s++) size += body[at + 27 + s]!;
    at += 27 + segments + size;
  }
  return at <= body.length ? at : null;
}

/**
 * "fLaC" plus metadata blocks up to the one flagged last. A streaming encoder that cannot seek
 * back may leave STREAMINFO as a zero-filled placeholder; when the blocks do not parse as
 * valid metadata, the audio starts at the first frame sync code (14 bits 11111111111110).
 */
function flacHeaderLength(body: Uint8Array): number | null {
  if (body.length < 4) return null;
  let at = 4;
  for (;;) {
    if (at + 4 > body.length) return null;
    const last = (body[at]! & 0x80) !== 0;
    const type = body[at]! & 0x7f;
    const size = (body[at + 1]! << 16) | (body[at + 2]! << 8) | body[at + 3]!;
    if ((type === 0 && size !== 34) || type > 6) return flacFrameSync(body, at);
    at += 4 + size;
    if (last) return at;
  }
}

function flacFrameSync(body: Uint8Array, from: number): number | null {
  for (let i = from; i + 1 < body.length; i++) {
    if (body[i] === 0xff && (body[i + 1]! & 0xfe) === 0xf8) return i;
  }
  return null;
}
