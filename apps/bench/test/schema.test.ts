import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { compareConfigurations } from '../src/compare';
import { RESULT_SCHEMA } from '../src/result-schema';
import { fullConfiguration, fullResult } from './fixtures/results';

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  return ajv.compile(RESULT_SCHEMA);
}

describe('result JSON schema v1', () => {
  const validate = validator();

  it('accepts a complete result, after a JSON round trip', () => {
    const doc = JSON.parse(JSON.stringify(fullResult())) as unknown;
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts a compare-mode result with ratios', () => {
    const a = fullConfiguration('1x2');
    const b = fullConfiguration('2x1', 1.1);
    const doc = { ...fullResult([a, b]), comparison: compareConfigurations(a, b) };
    expect(validate(JSON.parse(JSON.stringify(doc))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts a result where only some suites ran', () => {
    const c = fullConfiguration();
    c.suites = { g2p: c.suites.g2p! };
    expect(validate(fullResult([c]))).toBe(true);
  });

  it('rejects another schema version, unknown fields and malformed distributions', () => {
    expect(validate({ ...fullResult(), schemaVersion: 2 })).toBe(false);
    expect(validate({ ...fullResult(), extra: 1 })).toBe(false);
    const c = fullConfiguration();
    (c.suites.raw!.totalMs as unknown as Record<string, unknown>).p50 = 'fast';
    expect(validate(fullResult([c]))).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain('/configurations/0/suites/raw/totalMs/p50');
  });

  it('rejects a result with no configuration', () => {
    expect(validate(fullResult([]))).toBe(false);
  });
});
