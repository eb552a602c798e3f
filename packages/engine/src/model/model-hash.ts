import { join } from 'node:path';

import type { AssetFs } from '../assets/asset-fs';
import { sha256File } from '../assets/download';

interface HashRecord { size: number; mtimeMs: number; sha256: string }

/**
 * SHA-256 of a model file, remembered in `<cacheDir>/hashes.json` by path, size and mtime,
 * so a 300 MB model is hashed once, not on every start.
 */
export async function modelHash(fs: AssetFs, cacheDir: string, modelPath: string): Promise<string> {
  const st = await fs.stat(modelPath);
  const file = join(cacheDir, 'hashes.json');
  let records: Record<string, HashRecord> = {};
  try { records = JSON.parse(new TextDecoder().decode(await fs.readFile(file))) as Record<string, HashRecord>; } catch { records = {}; }
  const known = records[modelPath];
  if (known !== undefined && known.size === st.size && known.mtimeMs === st.mtimeMs) return known.sha256;
  const sha256 = await sha256File(fs, modelPath);
  records[modelPath] = { size: st.size, mtimeMs: st.mtimeMs, sha256 };
  try {
    await fs.mkdir(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(tmp, JSON.stringify(records, null, 2));
    await fs.rename(tmp, file);
  } catch { /* a read-only cache only costs a re-hash next time */ }
  return sha256;
}
