import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { G2P_ERROR_CODES, G2PError, isG2PError } from '../src/index';

describe('error registry', () => {
  it('has unique KOKORO_G2P_ codes, each documented in the README', () => {
    const codes = Object.values(G2P_ERROR_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
    for (const code of codes) {
      expect(code).toMatch(/^KOKORO_G2P_[A-Z_]+$/);
      expect(readme).toContain(code);
    }
  });

  it('recognises errors by code, across copies', () => {
    expect(isG2PError(new G2PError(G2P_ERROR_CODES.BAD_OPTION, 'x'))).toBe(true);
    expect(isG2PError({ code: 'KOKORO_G2P_BAD_LEXICON' })).toBe(true);
    expect(isG2PError(new Error('x'))).toBe(false);
  });
});
