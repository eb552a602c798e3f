import { encodeAll } from '@kokoro-ts/server';
import { describe, expect, it } from 'vitest';
import { audioHeaderLength } from '../src/http/audio-header';
import { chordSignal } from '../src/suites/encoders';

describe('audioHeaderLength: first audio byte, not the container header', () => {
  const clip = chordSignal(1);

  it('wav: the 44-byte RIFF header', async () => {
    const wav = await encodeAll('wav', clip);
    expect(audioHeaderLength('wav', wav)).toBe(44);
    expect(audioHeaderLength('wav', wav.subarray(0, 30))).toBeNull();
  });

  it('opus: the OpusHead and OpusTags pages', async () => {
    const ogg = await encodeAll('opus', clip);
    const len = audioHeaderLength('opus', ogg)!;
    expect(len).toBeGreaterThan(27 * 2);
    expect(len).toBeLessThan(ogg.length);
    expect(new TextDecoder().decode(ogg.subarray(28, 36))).toBe('OpusHead');
    // the third page starts right after the header pages
    expect(new TextDecoder().decode(ogg.subarray(len, len + 4))).toBe('OggS');
    expect(audioHeaderLength('opus', ogg.subarray(0, 40))).toBeNull();
  });

  it('flac: fLaC and every metadata block', async () => {
    const flac = await encodeAll('flac', clip);
    expect(new TextDecoder().decode(flac.subarray(0, 4))).toBe('fLaC');
    const len = audioHeaderLength('flac', flac)!;
    expect(len).toBeGreaterThanOrEqual(4 + 4 + 34); // at least STREAMINFO
    // a FLAC frame starts with the 14-bit sync code 0b11111111111110
    expect(flac[len]).toBe(0xff);
    expect(flac[len + 1]! & 0xfc).toBe(0xf8);
  });

  it('pcm, mp3 and aac start with audio', async () => {
    for (const f of ['pcm', 'mp3', 'aac'] as const) expect(audioHeaderLength(f, await encodeAll(f, clip))).toBe(0);
  });
});
