// @ts-check
/**
 * The architecture in one table, read by eslint.config.js (import rules per package) and by
 * test/architecture.test.ts (package.json dependencies): the layering is declared once, here.
 *
 * Layers, bottom to top. A package's source may import only packages below it. g2p stands
 * alone (text in, tokens out); engine is the first layer that combines text and inference.
 * The private testkit (synthetic models) may be imported by any package's tests and by bench.
 */
export const LAYERS = /** @type {const} */ ([
  'hardware',
  'providers',
  'memory',
  'sessions',
  'g2p',
  'engine',
  'server',
  'bench',
]);

/** Where each workspace package lives, relative to the repository root. */
export const PACKAGE_DIRS = {
  hardware: 'packages/hardware',
  providers: 'packages/providers',
  memory: 'packages/memory',
  sessions: 'packages/sessions',
  g2p: 'packages/g2p',
  engine: 'packages/engine',
  server: 'packages/server',
  bench: 'apps/bench',
  testkit: 'packages/testkit',
};

/** Every package name, layers plus the testkit. */
export const ALL_PACKAGES = /** @type {(keyof typeof PACKAGE_DIRS)[]} */ (Object.keys(PACKAGE_DIRS));

/**
 * Workspace packages that `layer`'s published source may import.
 * @param {keyof typeof PACKAGE_DIRS} layer
 * @returns {string[]}
 */
export function allowedImports(layer) {
  if (layer === 'testkit' || layer === 'g2p') return [];
  const below = LAYERS.slice(0, LAYERS.indexOf(layer)).filter((l) => l !== 'g2p' || LAYERS.indexOf(layer) > LAYERS.indexOf('g2p'));
  return layer === 'bench' ? [...below, 'testkit'] : below;
}
