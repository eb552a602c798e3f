import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import { defaultWorkerUrl } from '../src/internal/worker-url';
import { FAKE_WORKER } from './helpers';

const root = new URL('../', import.meta.url);

describe('package surface', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "LATENCY_BUCKETS_MS",
        "OverloadedError",
        "POOL_DEFAULTS",
        "SESSIONS_ENV_VARIABLES",
        "SESSIONS_ERROR_CODES",
        "SessionsBadOptionError",
        "SessionsError",
        "appleRoutingPolicy",
        "createSessionPool",
        "defaultRoutingPolicy",
        "isSessionsError",
        "sessionPoolOptionsFromEnv",
        "tagRoutingPolicy",
      ]
    `);
  });

  it('has unique error codes, each documented in the README', () => {
    const codes = Object.values(api.SESSIONS_ERROR_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    for (const c of codes) expect(readme, `${c} missing from README`).toContain(c);
  });

  it('says how to fix a missing worker script', () => {
    expect(() => defaultWorkerUrl('file:///nowhere/src/internal/worker-url.ts')).toThrow(expect.objectContaining({ code: 'KOKORO_SESSIONS_WORKER_MISSING' }));
    expect(() => defaultWorkerUrl('file:///nowhere/src/internal/worker-url.ts')).toThrow(/pnpm --filter @kokoro-ts\/sessions build/);
  });

  it('never loads onnxruntime-node on the pool thread: only the worker imports it at runtime', () => {
    const sources = ['pool.ts', 'options.ts', 'routing.ts', 'types.ts', 'index.ts', 'internal/worker-handle.ts', 'internal/slot.ts', 'internal/feeds.ts'];
    for (const file of sources) {
      const code = readFileSync(new URL(`src/${file}`, root), 'utf8');
      const runtime = [...code.matchAll(/^import (?!type ).*from '([^']+)'/gm)].map((m) => m[1]);
      expect(runtime, file).not.toContain('onnxruntime-node');
    }
    const built = readFileSync(new URL('dist/index.js', root), 'utf8');
    expect(built).not.toMatch(/onnxruntime-node/);
    expect(readFileSync(new URL('dist/worker.js', root), 'utf8')).toMatch(/import\(['"]onnxruntime-node['"]\)/);
  });
});

describe('process lifetime', () => {
  it('an idle pool does not keep the process alive, and dispose settles', () => {
    const script = `
      import { createSessionPool } from ${JSON.stringify(new URL('dist/index.js', root).href)};
      const model = new TextEncoder().encode('{}');
      const pool = await createSessionPool({ model, workerUrl: new URL(${JSON.stringify(FAKE_WORKER.href)}), sessions: 2, warmup: false });
      const x = new Float32Array([0, 9]);
      const r = await pool.run({ x: { type: 'float32', data: x, dims: [1, 2] } });
      console.log('ran', r.outputs.y.data[1]);
      // A disposed pool's promise settles (its workers are kept alive until they exit).
      const other = await createSessionPool({ model, workerUrl: new URL(${JSON.stringify(FAKE_WORKER.href)}), sessions: 1, warmup: false });
      await other.dispose();
      console.log('disposed');
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { timeout: 20_000, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim().split('\n')).toEqual(['ran 9', 'disposed']);
    expect(child.status).toBe(0);
  });
});
