import { join } from 'node:path';

import type { AssetFs } from './asset-fs';

/** What the cache remembers about one downloaded file. */
export interface ManifestEntry {
  url: string;
  sha256: string;
  bytes: number;
  /** True when the hash was pinned in the source table; false = recorded on first download. */
  pinned: boolean;
  downloadedAt: string;
}

/** `manifest.json` in the cache directory: file path (relative to the cache dir) -> entry. */
export interface Manifest {
  version: 1;
  files: Record<string, ManifestEntry>;
}

const NAME = 'manifest.json';

/** Reads `manifest.json` of a cache directory; a missing or unreadable one is an empty manifest. */
export async function readManifest(fs: AssetFs, cacheDir: string): Promise<Manifest> {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(await fs.readFile(join(cacheDir, NAME)))) as Partial<Manifest>;
    if (parsed.version === 1 && typeof parsed.files === 'object' && parsed.files !== null) return { version: 1, files: parsed.files };
  } catch { /* absent or corrupt: start fresh, the files themselves are still verified on download */ }
  return { version: 1, files: {} };
}

/** @internal Records `entry` under `relPath`; written to a temp file and renamed so readers never see half a manifest. */
export async function recordInManifest(fs: AssetFs, cacheDir: string, relPath: string, entry: ManifestEntry): Promise<void> {
  const manifest = await readManifest(fs, cacheDir);
  manifest.files[relPath] = entry;
  const tmp = join(cacheDir, `${NAME}.${process.pid}.tmp`);
  await fs.writeFile(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  await fs.rename(tmp, join(cacheDir, NAME));
}
