import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import * as testkit from '../src/index';

describe('package surface', () => {
  it('exports the contract names other packages build against', () => {
    for (const name of ['VARIANTS', 'KOKORO_LIKE_COST', 'buildSyntheticModel', 'syntheticVoice', 'writeSyntheticAssets', 'decodeWaveform', 'encodeNpy', 'encodeNpz', 'DEFAULT_VOICE_IDS', 'STYLE_ROW_SCALE', 'STYLE_VOICE_SCALE']) {
      expect(testkit).toHaveProperty(name);
    }
    expect(Object.keys(testkit).sort()).toMatchSnapshot();
  });

  it('has unique error codes that the README documents', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    for (const code of Object.keys(testkit.TESTKIT_ERROR_CODES)) {
      expect(code).toMatch(/^KOKORO_TESTKIT_[A-Z_]+$/);
      expect(readme).toContain(code);
    }
    const error = new testkit.TestkitError('KOKORO_TESTKIT_BAD_OPTION', 'x');
    expect(testkit.isTestkitError(error)).toBe(true);
    expect(testkit.isTestkitError({ code: 'KOKORO_TESTKIT_BAD_OPTION' })).toBe(true);
    expect(testkit.isTestkitError(new Error('x'))).toBe(false);
  });
});
