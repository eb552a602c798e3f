import { describe, expect, it } from 'vitest';

import { DEFAULT_SERVER_CONFIG, fromEnv, OPENAI_VOICE_MAP, resolveServerConfig, resolveVoice, SERVER_ERROR_CODES } from '../src/index';

describe('configuration', () => {
  it('defaults to loopback port 8880 and OpenAI\'s 4096-character input limit', () => {
    const c = resolveServerConfig();
    expect([c.host, c.port, c.limits.maxInputChars]).toEqual(['127.0.0.1', 8880, 4096]);
    expect(c.apiKeys).toEqual([]);
    expect(c.corsOrigins).toEqual([]);
  });

  it('reads KOKORO_* variables, later inputs winning', () => {
    const env = { KOKORO_PORT: '9000', KOKORO_API_KEYS: 'key-aaaaaaaa, key-bbbbbbbb', KOKORO_CORS_ORIGINS: 'https://a.example', KOKORO_MAX_INPUT_CHARS: '100', KOKORO_LOG_TEXT: '1', KOKORO_MODEL_PATH: '/m/model.onnx' };
    const c = resolveServerConfig(fromEnv(env), { port: 9001 });
    expect(c.port).toBe(9001);
    expect(c.apiKeys).toEqual(['key-aaaaaaaa', 'key-bbbbbbbb']);
    expect(c.corsOrigins).toEqual(['https://a.example']);
    expect(c.limits.maxInputChars).toBe(100);
    expect(c.limits.maxQueue).toBe(DEFAULT_SERVER_CONFIG.limits.maxQueue);
    expect(c.logText).toBe(true);
    expect(c.modelPath).toBe('/m/model.onnx');
  });

  it.each([
    [{ port: 70_000 }, /port/],
    [{ limits: { maxConcurrent: 0 } }, /maxConcurrent/],
    [{ logLevel: 'loud' as 'info' }, /logLevel/],
    [{ apiKeys: ['short'] }, /apiKeys/],
  ])('rejects invalid %j with a coded error', (input, field) => {
    expect(() => resolveServerConfig(input)).toThrow(expect.objectContaining({ code: 'KOKORO_SERVER_BAD_CONFIG', message: expect.stringMatching(field) }));
  });

  it('rejects a non-numeric env value, naming the variable', () => {
    expect(() => fromEnv({ KOKORO_PORT: 'eighty' })).toThrow(/KOKORO_PORT/);
  });
});

describe('voices', () => {
  it('maps every OpenAI voice name to a Kokoro id', () => {
    expect(Object.keys(OPENAI_VOICE_MAP).sort()).toEqual(['alloy', 'ash', 'ballad', 'cedar', 'coral', 'echo', 'fable', 'marin', 'nova', 'onyx', 'sage', 'shimmer', 'verse']);
    expect(resolveVoice('alloy')).toEqual({ spec: 'af_alloy', ids: ['af_alloy'] });
    expect(resolveVoice('Shimmer').spec).toBe('af_bella');
  });

  it('passes Kokoro ids and weighted blends through, mapping OpenAI names inside blends', () => {
    expect(resolveVoice('af_heart')).toEqual({ spec: 'af_heart', ids: ['af_heart'] });
    expect(resolveVoice('af_bella(2) + nova(1)')).toEqual({ spec: 'af_bella(2)+af_nova(1)', ids: ['af_bella', 'af_nova'] });
  });

  it.each(['../x', 'a/b', 'C:\\x', 'af_heart\u0000', '', 'af_a+', 'af_a(-1)', 'af_a(x)'])('rejects %j by syntax', (voice) => {
    expect(() => resolveVoice(voice)).toThrow(expect.objectContaining({ code: 'KOKORO_SERVER_UNKNOWN_VOICE', param: 'voice' }));
  });
});

describe('error registry', () => {
  it('has unique KOKORO_SERVER_ codes, each documented in the README', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    for (const code of Object.keys(SERVER_ERROR_CODES)) {
      expect(code).toMatch(/^KOKORO_SERVER_[A-Z_]+$/);
      expect(readme).toContain(code);
    }
  });
});
