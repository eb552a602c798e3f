import { describe, expect, it } from 'vitest';

import { applyPronunciations } from '../src/pronunciations';

describe('per-request pronunciations', () => {
  it('links whole words in any case, longest first, leaving other text alone', () => {
    expect(applyPronunciations('Kokoro and kokoro, not Kokoros. Tomato-tomato!', { kokoro: 'kˈOkəɹO', tomato: 'təmˈɑːtoʊ' }))
      .toBe('[Kokoro](/kˈOkəɹO/) and [kokoro](/kˈOkəɹO/), not Kokoros. [Tomato](/təmˈɑːtoʊ/)-[tomato](/təmˈɑːtoʊ/)!');
  });

  it.each([
    [{ 'two words': 'x' }, 'pronunciations'],
    [{ ok: 'a](/b' }, 'pronunciations.ok'],
    [{ ok: 'a/b' }, 'pronunciations.ok'],
    [{ ok: '' }, 'pronunciations.ok'],
  ])('rejects %j, naming the entry', (entry, param) => {
    expect(() => applyPronunciations('ok', entry)).toThrow(expect.objectContaining({ code: 'KOKORO_SERVER_BAD_REQUEST', param }));
  });
});
