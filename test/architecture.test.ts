import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_PACKAGES, PACKAGE_DIRS, allowedImports } from '../scripts/layers.js';

const root = resolve(import.meta.dirname, '..');

interface Manifest {
  name: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  exports?: Record<string, unknown>;
  files?: string[];
}

function manifest(pkg: keyof typeof PACKAGE_DIRS): Manifest {
  return JSON.parse(readFileSync(join(root, PACKAGE_DIRS[pkg], 'package.json'), 'utf8')) as Manifest;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|js|mjs)$/.test(entry)) out.push(full);
  }
  return out;
}

/** Every module specifier in a file: static imports, re-exports, dynamic imports. */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\bimport\s*['"]([^'"]+)['"]/g];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1]!);
  return found;
}

describe('architecture: dependencies point one way', () => {
  for (const pkg of ALL_PACKAGES) {
    it(`${pkg}: package.json depends only on layers below it`, () => {
      const m = manifest(pkg);
      expect(m.name).toBe(`@kokoro-ts/${pkg}`);
      const runtime = { ...m.dependencies, ...m.peerDependencies, ...m.optionalDependencies };
      const workspaceDeps = Object.keys(runtime).filter((d) => d.startsWith('@kokoro-ts/')).map((d) => d.slice('@kokoro-ts/'.length));
      const allowed = new Set(allowedImports(pkg));
      const wrong = workspaceDeps.filter((d) => !allowed.has(d));
      expect(wrong, `@kokoro-ts/${pkg} depends on ${wrong.join(', ')}, which is not below it`).toEqual([]);
      const devWorkspace = Object.keys(m.devDependencies ?? {}).filter((d) => d.startsWith('@kokoro-ts/') && d !== '@kokoro-ts/testkit');
      const wrongDev = devWorkspace.map((d) => d.slice('@kokoro-ts/'.length)).filter((d) => !allowed.has(d));
      expect(wrongDev, `@kokoro-ts/${pkg} has dev dependencies above it: ${wrongDev.join(', ')}`).toEqual([]);
    });

    it(`${pkg}: source imports only allowed packages, by name, never their internals`, () => {
      const dir = join(root, PACKAGE_DIRS[pkg], 'src');
      const allowed = new Set(allowedImports(pkg));
      const problems: string[] = [];
      for (const file of sourceFiles(dir)) {
        for (const spec of specifiers(readFileSync(file, 'utf8'))) {
          const where = relative(root, file);
          const ws = /^@kokoro-ts\/([^/]+)(\/.*)?$/.exec(spec);
          if (ws) {
            if (ws[1] !== pkg && !allowed.has(ws[1]!)) problems.push(`${where}: imports ${spec} (not below ${pkg})`);
            if (ws[2] && ws[2] !== '/package.json') problems.push(`${where}: imports internals ${spec}`);
          } else if (spec.startsWith('.')) {
            const target = resolve(file, '..', spec);
            const pkgRoot = join(root, PACKAGE_DIRS[pkg]) + sep;
            if (!target.startsWith(pkgRoot)) problems.push(`${where}: reaches outside its package with ${spec}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('public packages publish only dist with a types-first exports map', () => {
    for (const pkg of ALL_PACKAGES) {
      const m = manifest(pkg);
      if (m.private) continue;
      expect(m.files, pkg).toEqual(['dist']);
      const dot = m.exports?.['.'] as Record<string, string>;
      const keys = Object.keys(dot).filter((k) => k !== '@kokoro-ts/source');
      expect(keys[0], `${pkg}: "types" must come first among published conditions`).toBe('types');
    }
  });

  it('the layer table itself has no cycles', () => {
    for (const pkg of ALL_PACKAGES) {
      for (const dep of allowedImports(pkg)) {
        expect(allowedImports(dep as keyof typeof PACKAGE_DIRS), `${pkg} <-> ${dep}`).not.toContain(pkg);
      }
    }
  });
});
