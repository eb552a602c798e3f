import { defineConfig, type Options } from 'tsup';

/**
 * The one build recipe every package uses: ESM with declarations, Node 20 target,
 * dependencies left external. `entry` names the public entry points (and worker or CLI
 * scripts that must exist as files of their own).
 */
export function packageBuild(entry: Record<string, string>, extra: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    dts: { entry: Object.fromEntries(Object.entries(entry).filter(([name]) => name === 'index' || extra.dts === true)) },
    sourcemap: true,
    clean: true,
    splitting: false,
    treeshake: true,
    ...extra,
  });
}
