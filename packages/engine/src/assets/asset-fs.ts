import { createReadStream } from 'node:fs';
import * as fsp from 'node:fs/promises';

/** An open file that bytes are appended to while downloading. */
export interface WritableFile {
  write(data: Uint8Array): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Every file-system call the asset manager makes. The default is `node:fs`; tests inject
 * their own to exercise failure paths.
 */
export interface AssetFs {
  stat(path: string): Promise<{ size: number; mtimeMs: number; isDirectory(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  /** `a` appends (resume), `w` truncates. */
  open(path: string, flags: 'a' | 'w'): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Reads a file in chunks, for hashing files too large to hold in memory. */
  readChunks(path: string): AsyncIterable<Uint8Array>;
}

/** The real file system (`node:fs`). */
export const nodeAssetFs: AssetFs = {
  stat: (p) => fsp.stat(p),
  readFile: async (p) => new Uint8Array(await fsp.readFile(p)),
  readdir: (p) => fsp.readdir(p),
  mkdir: (p, o) => fsp.mkdir(p, o),
  open: (p, flags) => fsp.open(p, flags),
  rename: (a, b) => fsp.rename(a, b),
  rm: (p, o) => fsp.rm(p, o),
  writeFile: (p, d) => fsp.writeFile(p, d),
  readChunks: (p) => createReadStream(p) as AsyncIterable<Uint8Array>,
};

/** @internal True when `path` exists. */
export async function exists(fs: Pick<AssetFs, 'stat'>, path: string): Promise<boolean> {
  try { await fs.stat(path); return true; } catch { return false; }
}
