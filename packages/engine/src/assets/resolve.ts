import { join } from 'node:path';

import { engineError, isEngineError } from '../errors';
import { exists, type AssetFs } from './asset-fs';
import { downloadFile, type DownloadProgress, type FetchLike } from './download';
import { readManifest, recordInManifest } from './manifest';
import { KOKORO_VOICE_IDS, MISAKI_COMMIT, MODEL_SOURCES, MODEL_VARIANTS, VOICES_ARCHIVE, lexiconSources, voiceFileSource, type ModelVariant, type RemoteFile } from './sources';

/** How (and whether) missing files are downloaded. */
export interface DownloadSettings {
  /** `fetch` implementation (default: the global one). */
  fetch?: FetchLike;
  /** Called as bytes arrive, for every file. */
  onProgress?: (p: DownloadProgress) => void;
  signal?: AbortSignal;
}

/** Options for locating the model, voices and lexicons. */
export interface AssetOptions {
  /** A model file path, or a variant to find in / download into the cache. Default `{ variant: 'fp32' }`. */
  model?: string | { variant: ModelVariant };
  /** Voice sources: directories of NAME.bin, .npz archives (voices-v1.0.bin), single .bin files. Default: the cache. */
  voices?: string | readonly string[];
  /** Cache directory (see `defaultCacheDir`). */
  cacheDir: string;
  /** Download missing files (default true); `false` = offline, fail with instructions instead. */
  download?: boolean | DownloadSettings;
  fs: AssetFs;
}

/** What {@link resolveAssets} found. */
export interface ResolvedAssets {
  modelPath: string;
  /** The variant, when the model came from the cache or a download (undefined for an explicit path). */
  variant: ModelVariant | undefined;
  voiceSources: string[];
}

function downloadSettings(d: AssetOptions['download']): DownloadSettings | undefined {
  if (d === false) return undefined;
  return d === true || d === undefined ? {} : d;
}

/** @internal Downloads `file` into `dir` and records it in the manifest (trust on first download when unpinned). */
export async function fetchIntoCache(file: RemoteFile, dir: string, cacheDir: string, fs: AssetFs, d: DownloadSettings): Promise<string> {
  const dest = join(dir, file.name);
  const rel = dest.startsWith(cacheDir) ? dest.slice(cacheDir.length + 1) : dest;
  const known = (await readManifest(fs, cacheDir)).files[rel];
  const expected = file.sha256 ?? (known?.url === file.url ? known.sha256 : undefined);
  const fetchImpl = d.fetch ?? (globalThis.fetch);
  const res = await downloadFile({ url: file.url, dest, sha256: expected, fetch: fetchImpl, fs, onProgress: d.onProgress, signal: d.signal });
  await recordInManifest(fs, cacheDir, rel, { url: file.url, sha256: res.sha256, bytes: res.bytes, pinned: file.sha256 !== null, downloadedAt: new Date().toISOString() });
  return dest;
}

function failureList(failures: string[]): string {
  return failures.length > 0 ? ` Download attempts: ${failures.join('; ')}.` : '';
}

/** @internal Finds or downloads the model. */
export async function resolveModel(o: AssetOptions): Promise<{ path: string; variant: ModelVariant | undefined }> {
  const { fs } = o;
  if (typeof o.model === 'string') {
    if (!(await exists(fs, o.model))) {
      throw engineError('KOKORO_ENGINE_MODEL_MISSING', `Model file not found: ${o.model}. Pass an existing .onnx path (option "model" or KOKORO_MODEL_PATH), or omit it to use the cache in ${o.cacheDir}.`, { path: o.model });
    }
    return { path: o.model, variant: undefined };
  }
  const variant = o.model?.variant ?? 'fp32';
  if (!MODEL_VARIANTS.includes(variant)) {
    throw engineError('KOKORO_ENGINE_BAD_OPTIONS', `Unknown model variant ${JSON.stringify(variant)}; expected one of ${MODEL_VARIANTS.join(', ')}.`, { variant });
  }
  const dir = join(o.cacheDir, variant);
  const sources = MODEL_SOURCES[variant];
  for (const s of sources) if (await exists(fs, join(dir, s.name))) return { path: join(dir, s.name), variant };
  const failures: string[] = [];
  const d = downloadSettings(o.download);
  if (d !== undefined) {
    for (const s of sources) {
      try { return { path: await fetchIntoCache(s, dir, o.cacheDir, fs, d), variant }; } catch (err) {
        if (isEngineError(err, 'KOKORO_ENGINE_ABORTED')) throw err;
        failures.push(`${s.url}: ${(err as Error).message}`);
      }
    }
  }
  const where = sources.map((s) => `${join(dir, s.name)} (from ${s.url})`).join(' or ');
  throw engineError('KOKORO_ENGINE_MODEL_MISSING',
    `Kokoro model (${variant}) not found${d === undefined ? ' and downloads are off' : ' and could not be downloaded'}. Place ${where}, or set KOKORO_MODEL_PATH=/path/to/model.onnx (option "model").${failureList(failures)}`,
    { variant, expected: sources.map((s) => join(dir, s.name)), failures });
}

/** @internal Finds or downloads the voices. */
export async function resolveVoices(o: AssetOptions): Promise<string[]> {
  const { fs } = o;
  if (o.voices !== undefined) {
    const list = typeof o.voices === 'string' ? [o.voices] : [...o.voices];
    for (const p of list) {
      if (!(await exists(fs, p))) throw engineError('KOKORO_ENGINE_MODEL_MISSING', `Voices not found at ${p}: expected a directory of NAME.bin files or voices-v1.0.bin. Fix the "voices" option or KOKORO_VOICES_PATH.`, { path: p });
    }
    return list;
  }
  const archive = join(o.cacheDir, VOICES_ARCHIVE.name);
  const dir = join(o.cacheDir, 'voices');
  if (await exists(fs, archive)) return [archive];
  if (await exists(fs, dir) && (await fs.readdir(dir)).some((n) => n.endsWith('.bin'))) return [dir];
  const failures: string[] = [];
  const d = downloadSettings(o.download);
  if (d !== undefined) {
    try { return [await fetchIntoCache(VOICES_ARCHIVE, o.cacheDir, o.cacheDir, fs, d)]; } catch (err) {
      if (isEngineError(err, 'KOKORO_ENGINE_ABORTED')) throw err;
      failures.push(`${VOICES_ARCHIVE.url}: ${(err as Error).message}`);
    }
    try {
      for (const id of KOKORO_VOICE_IDS) await fetchIntoCache(voiceFileSource(id), dir, o.cacheDir, fs, d);
      return [dir];
    } catch (err) {
      if (isEngineError(err, 'KOKORO_ENGINE_ABORTED')) throw err;
      failures.push(`Hugging Face voices/: ${(err as Error).message}`);
    }
  }
  throw engineError('KOKORO_ENGINE_MODEL_MISSING',
    `Kokoro voices not found${d === undefined ? ' and downloads are off' : ' and could not be downloaded'}. Place ${archive} (from ${VOICES_ARCHIVE.url}) or NAME.bin files in ${dir}/ (from ${voiceFileSource('af_heart').url.replace('af_heart.bin', '')}), or set KOKORO_VOICES_PATH (option "voices").${failureList(failures)}`,
    { expected: [archive, dir], failures });
}

/** Finds (or downloads) the model and the voices. Throws `KOKORO_ENGINE_MODEL_MISSING` with instructions. */
export async function resolveAssets(o: AssetOptions): Promise<ResolvedAssets> {
  const model = await resolveModel(o);
  const voiceSources = await resolveVoices(o);
  return { modelPath: model.path, variant: model.variant, voiceSources };
}

/** Lexicon files found or downloaded for one dialect, highest priority (gold) first. */
export interface ResolvedLexicons {
  paths: string[];
  /** Why a file is missing (download off or failed); g2p then uses its embedded lexicon. */
  missing: string[];
}

/**
 * Finds or downloads misaki's gold and silver lexicons for `lang` into `cacheDir/misaki/<commit>/`.
 * Never throws for a failed download: G2P still works from its embedded lexicon, so the
 * reason is returned instead.
 */
export async function resolveLexicons(o: { lang: 'en-us' | 'en-gb'; cacheDir: string; commit?: string; download?: boolean | DownloadSettings; fs: AssetFs }): Promise<ResolvedLexicons> {
  const commit = o.commit ?? MISAKI_COMMIT;
  const sources = lexiconSources(commit)[o.lang];
  const dir = join(o.cacheDir, 'misaki', commit);
  const d = downloadSettings(o.download);
  const paths: string[] = [];
  const missing: string[] = [];
  for (const s of sources) {
    const path = join(dir, s.name);
    if (await exists(o.fs, path)) { paths.push(path); continue; }
    if (d === undefined) { missing.push(`${path}: not cached and downloads are off (get it from ${s.url})`); continue; }
    try { paths.push(await fetchIntoCache(s, dir, o.cacheDir, o.fs, d)); } catch (err) {
      missing.push(`${path}: ${(err as Error).message}`);
    }
  }
  return { paths, missing };
}
