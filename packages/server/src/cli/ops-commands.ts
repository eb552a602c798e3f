import { join } from 'node:path';

import { resolveServerConfig, serverConfigFromEnv } from '../config';
import type { ServerConfigInput } from '../config';
import type { SpeechEngine } from '../engine-port';
import { MODEL_HINT } from '../http/engine-state';
import { createServer } from '../server';
import type { KokoroServer } from '../server';
import { numberFlag, stringFlag } from './args';
import type { ParsedCli } from './args';
import { CliError } from './cli-error';
import { progressBar } from './progress';
import { asModelError, cacheDirFor, engineOptionsFor } from './runtime';
import type { CliIo } from './runtime';

/** Server configuration from `KOKORO_*` variables, then flags (flags win). */
export function serveConfig(cli: ParsedCli, env: CliIo['env']): ServerConfigInput {
  const f = cli.flags;
  const int = (name: string): number | undefined => numberFlag(f, name);
  const flags: ServerConfigInput = {
    host: stringFlag(f, 'host'),
    port: int('port'),
    apiKeyFile: stringFlag(f, 'api-key-file'),
    corsOrigins: Array.isArray(f['cors-origin']) ? f['cors-origin'] : undefined,
    drainTimeoutMs: int('drain-timeout-ms'),
    logLevel: stringFlag(f, 'log-level') as ServerConfigInput['logLevel'],
    logText: f['log-text'] === true ? true : undefined,
    defaultVoice: stringFlag(f, 'default-voice'),
    modelPath: stringFlag(f, 'model'),
    voicesPath: stringFlag(f, 'voices'),
    limits: {
      maxInputChars: int('max-input-chars'),
      bodyLimitBytes: int('body-limit-bytes'),
      maxConcurrent: int('max-concurrent'),
      maxQueue: int('max-queue'),
      requestTimeoutMs: int('request-timeout-ms'),
    },
  };
  const merged = { ...serverConfigFromEnv(env) };
  for (const [k, v] of Object.entries(flags)) if (v !== undefined && k !== 'limits') (merged as Record<string, unknown>)[k] = v;
  merged.limits = { ...merged.limits };
  for (const [k, v] of Object.entries(flags.limits ?? {})) if (v !== undefined) (merged.limits as Record<string, unknown>)[k] = v;
  // Validate now so a bad flag is a usage error (exit 2), not a crash later.
  try {
    resolveServerConfig(merged);
  } catch (error) {
    throw new CliError((error as Error).message, 2);
  }
  return merged;
}

/**
 * `kokoro serve`: listens at once; the engine loads in the background and /ready tells when
 * it is ready, or why not (a missing model is reported there and in the log, with how to get
 * one, and the server keeps answering /health and /ready).
 */
export async function serveCommand(cli: ParsedCli, io: CliIo): Promise<KokoroServer> {
  const config = serveConfig(cli, io.env);
  const engineFlags = { ...cli.flags };
  if (config.modelPath !== undefined) engineFlags.model = config.modelPath;
  if (config.voicesPath !== undefined) engineFlags.voices = config.voicesPath;
  const options = await engineOptionsFor(engineFlags, io);
  const server = await createServer({
    config,
    warmup: cli.flags['no-warmup'] !== true,
    loadEngine: async (): Promise<SpeechEngine> => io.createEngine(options),
  });
  const url = await server.listen();
  server.app.log.info({ url }, `kokoro server listening on ${url} (model loading in the background; GET /ready)`);
  server.engineSettled.then(async () => {
    const ready = await server.app.inject({ url: '/ready' });
    const body = ready.json<{ status: string; error?: { message: string } }>();
    if (body.status === 'ready') server.app.log.info('model loaded and warmed: ready');
    else if (body.status === 'failed') server.app.log.error({ error: body.error }, `model not loaded; the server stays up and /ready reports it. ${MODEL_HINT}`);
  }).catch(() => undefined);
  return server;
}

/** `kokoro models list | download | verify`. */
export async function modelsCommand(cli: ParsedCli, io: CliIo): Promise<number> {
  const engineApi = await import('@kokoro-ts/engine');
  const { MODEL_SOURCES, MODEL_VARIANTS, VOICES_ARCHIVE, nodeAssetFs, readManifest, resolveAssets, sha256File } = engineApi;
  const sub = cli.positionals[0] ?? 'list';
  const cacheDir = await cacheDirFor(cli.flags, io);
  const exists = async (path: string): Promise<number | null> => {
    try {
      return (await nodeAssetFs.stat(path)).size;
    } catch {
      return null;
    }
  };
  const manifest = await readManifest(nodeAssetFs, cacheDir);
  if (sub === 'list') {
    const rows = [];
    for (const variant of MODEL_VARIANTS) {
      // The engine keeps each variant in CACHE/VARIANT/ under its source file name.
      const files = [];
      for (const source of MODEL_SOURCES[variant]) {
        const path = join(cacheDir, variant, source.name);
        files.push({ path, bytes: await exists(path) });
      }
      const present = files.find((x) => x.bytes !== null);
      rows.push({ variant, downloaded: present !== undefined, path: present?.path ?? null, bytes: present?.bytes ?? null });
    }
    if (cli.flags.json === true) io.out(`${JSON.stringify({ cacheDir, models: rows })}\n`);
    else io.out(`cache: ${cacheDir}\n${rows.map((r) => `${r.variant.padEnd(6)} ${r.downloaded ? `downloaded  ${r.path} (${((r.bytes ?? 0) / 1e6).toFixed(1)} MB)` : 'not downloaded'}`).join('\n')}\n`);
    return 0;
  }
  if (sub === 'download') {
    const variant = stringFlag(cli.flags, 'variant') ?? 'fp32';
    if (!(MODEL_VARIANTS as readonly string[]).includes(variant)) throw new CliError(`--variant must be one of ${MODEL_VARIANTS.join(', ')}, got ${JSON.stringify(variant)}.`, 2);
    const bar = progressBar(io);
    try {
      const resolved = await resolveAssets({ model: { variant: variant as (typeof MODEL_VARIANTS)[number] }, cacheDir, fs: nodeAssetFs, download: { onProgress: (p) => bar.update(p.file, p.receivedBytes, p.totalBytes) } });
      bar.done();
      if (cli.flags.json === true) io.out(`${JSON.stringify(resolved)}\n`);
      else io.out(`model: ${resolved.modelPath}\nvoices: ${resolved.voiceSources.join(', ')}\n`);
      return 0;
    } catch (error) {
      bar.done();
      const mapped = asModelError(error);
      if (mapped instanceof CliError) throw new CliError(`Download failed: ${(error as Error).message}\nVoices archive: ${VOICES_ARCHIVE.url}`, 3);
      throw mapped;
    }
  }
  if (sub === 'verify') {
    const entries = Object.entries(manifest.files);
    if (entries.length === 0) throw new CliError(`Nothing to verify: no downloaded files recorded in ${join(cacheDir, 'manifest.json')}. Run \`kokoro models download\` first.`, 3);
    const results = [];
    const bar = progressBar(io);
    for (const [rel, entry] of entries) {
      const path = join(cacheDir, rel);
      const size = await exists(path);
      bar.update(rel, 0, entry.bytes);
      const actual = size === null ? null : await sha256File(nodeAssetFs, path);
      bar.update(rel, entry.bytes, entry.bytes);
      results.push({ file: rel, status: actual === null ? 'missing' : actual === entry.sha256 ? 'ok' : 'mismatch', expected: entry.sha256, actual, pinned: entry.pinned });
    }
    bar.done();
    if (cli.flags.json === true) io.out(`${JSON.stringify(results)}\n`);
    else io.out(`${results.map((r) => `${r.status.padEnd(8)} ${r.file}${r.pinned ? '' : ' (hash recorded at first download)'}`).join('\n')}\n`);
    return results.every((r) => r.status === 'ok') ? 0 : 1;
  }
  throw new CliError(`Unknown models subcommand ${JSON.stringify(sub)}: expected list, download or verify.`, 2);
}

/** `kokoro doctor`: hardware report and the ONNX Runtime provider plan for it (KOKORO_PROVIDER etc. apply). */
export async function doctorCommand(cli: ParsedCli, io: CliIo): Promise<number> {
  const { detectHardware, formatHardwareReport } = await import('@kokoro-ts/hardware');
  const { formatPlan, planProviders, providerConfigFromEnv } = await import('@kokoro-ts/providers');
  const report = await detectHardware();
  let plan;
  try {
    plan = planProviders(report, providerConfigFromEnv(io.env));
  } catch (error) {
    throw new CliError(`Invalid provider settings: ${(error as Error).message}`, 2);
  }
  if (cli.flags.json === true) {
    io.out(`${JSON.stringify({ hardware: report, plan })}\n`);
    return 0;
  }
  io.out(`${formatHardwareReport(report)}\n\n${formatPlan(plan)}\n`);
  return 0;
}
