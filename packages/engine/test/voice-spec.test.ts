import { describe, expect, it } from 'vitest';

import { closestVoiceIds, describeVoice, parseVoiceSpec } from '../src/voices/voice-spec';

const code = (fn: () => unknown) => { try { fn(); } catch (e) { return (e as { code: string }).code; } return 'no error'; };

describe('voice specs', () => {
  it('parses single voices and normalises blend weights', () => {
    expect(parseVoiceSpec('af_heart')).toEqual([{ id: 'af_heart', weight: 1 }]);
    expect(parseVoiceSpec('af_bella+af_sky')).toEqual([{ id: 'af_bella', weight: 0.5 }, { id: 'af_sky', weight: 0.5 }]);
    const w = parseVoiceSpec('af_bella(2)+af_sky(1)');
    expect(w[0]!.weight).toBeCloseTo(2 / 3);
    expect(w[1]!.weight).toBeCloseTo(1 / 3);
    expect(parseVoiceSpec(' af_bella (0.5) + af_sky (1.5) ')[1]!.weight).toBeCloseTo(0.75);
  });

  it('rejects zero, negative and malformed weights and bad ids before touching files', () => {
    expect(code(() => parseVoiceSpec('af_bella(0)+af_sky'))).toBe('KOKORO_ENGINE_BAD_VOICE_SPEC');
    expect(code(() => parseVoiceSpec('af_bella(-1)+af_sky'))).toBe('KOKORO_ENGINE_BAD_VOICE_SPEC');
    expect(code(() => parseVoiceSpec('af_bella(x)'))).toBe('KOKORO_ENGINE_BAD_VOICE_SPEC');
    expect(code(() => parseVoiceSpec('af_bella+'))).toBe('KOKORO_ENGINE_BAD_VOICE_SPEC');
    expect(code(() => parseVoiceSpec('../../etc/passwd'))).toBe('KOKORO_ENGINE_BAD_VOICE_SPEC');
    expect(code(() => parseVoiceSpec('voices/af_heart'))).toBe('KOKORO_ENGINE_BAD_VOICE_SPEC');
    expect(code(() => parseVoiceSpec('af_heart.bin'))).toBe('KOKORO_ENGINE_BAD_VOICE_SPEC');
    expect(code(() => parseVoiceSpec(''))).toBe('KOKORO_ENGINE_BAD_VOICE_SPEC');
  });

  it('reads language and gender from the id', () => {
    expect(describeVoice('af_heart')).toEqual({ id: 'af_heart', language: 'en-us', gender: 'female', name: 'Heart' });
    expect(describeVoice('bm_george')).toMatchObject({ language: 'en-gb', gender: 'male' });
    expect(describeVoice('zf_xiaoxiao').language).toBe('cmn');
    expect(describeVoice('my-voice')).toMatchObject({ language: 'unknown', gender: 'unknown' });
  });

  it('suggests the closest ids', () => {
    const known = ['af_heart', 'af_bella', 'am_adam', 'bf_emma', 'af_sky'];
    expect(closestVoiceIds('af_haert', known)[0]).toBe('af_heart');
    expect(closestVoiceIds('bf_heart', known)[0]).toBe('af_heart');
  });
});
