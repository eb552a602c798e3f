import { join } from 'node:path';

/**
 * The platform's usual cache location for kokoro-ts: `$XDG_CACHE_HOME/kokoro-ts` or
 * `~/.cache/kokoro-ts` on Linux, `~/Library/Caches/kokoro-ts` on macOS,
 * `%LOCALAPPDATA%\kokoro-ts\Cache` on Windows. Pure: platform, env and home are passed in.
 */
export function defaultCacheDir(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, home: string): string {
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'kokoro-ts');
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'kokoro-ts', 'Cache');
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg !== undefined && xdg !== '' ? xdg : join(home, '.cache'), 'kokoro-ts');
}
