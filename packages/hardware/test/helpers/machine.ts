/**
 * Turns a fixture directory (machine.json + transcripts) into the injectable I/O that
 * detectHardware takes, so every probe runs its real logic on a recorded machine.
 * Also used by @kokoro-ts/providers tests to plan for these machines.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DetectHardwareOptions, NodeOsInfo } from '../../src/index';
import { WINDOWS_POWERSHELL_SCRIPT } from '../../src/index';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

interface MachineManifest {
  description: string;
  captured: boolean;
  platform: string;
  arch: string;
  nodeOs: NodeOsInfo;
  files: Record<string, string>;
  dirs: Record<string, string[]>;
  commands: Record<string, string>;
  backends?: { name: string; bundled: boolean }[];
}

export function machineNames(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export function readManifest(name: string): MachineManifest {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, name, 'machine.json'), 'utf8')) as MachineManifest;
}

function enoent(what: string): Error {
  return Object.assign(new Error(`ENOENT: ${what}`), { code: 'ENOENT' });
}

export interface MachineIo extends DetectHardwareOptions {
  /** Every command line the probes ran, in order. */
  commandsRun: string[];
  /** Every path read. */
  filesRead: string[];
}

/**
 * Options for detectHardware that replay the named fixture machine. `ort` overrides the
 * onnxruntime module the probe sees (default: one whose backends are the manifest's).
 */
export function machineIo(name: string, overrides: Partial<DetectHardwareOptions> = {}): MachineIo {
  const m = readManifest(name);
  const dir = join(FIXTURES_DIR, name);
  const commandsRun: string[] = [];
  const filesRead: string[] = [];
  const commandKey = (command: string, args: readonly string[]): string =>
    [command, ...args].join(' ').replace(WINDOWS_POWERSHELL_SCRIPT, '<WINDOWS_POWERSHELL_SCRIPT>');
  return {
    commandsRun,
    filesRead,
    platform: m.platform,
    arch: m.arch,
    env: {},
    nodeOs: m.nodeOs,
    onnxruntimeBindingDir: `/ort/bin/napi-v6/${m.platform}/${m.arch}`,
    runner: (command, args) => {
      const key = commandKey(command, args);
      commandsRun.push(key);
      const file = m.commands[key];
      if (file === undefined) return Promise.reject(enoent(`spawn ${command}`));
      return Promise.resolve({ stdout: readFileSync(join(dir, file), 'utf8'), exitCode: 0 });
    },
    readFile: (path) => {
      filesRead.push(path);
      const file = m.files[path];
      return file === undefined ? Promise.reject(enoent(path)) : Promise.resolve(readFileSync(join(dir, file), 'utf8'));
    },
    listDir: (path) => {
      const entries = m.dirs[path];
      return entries === undefined ? Promise.reject(enoent(path)) : Promise.resolve([...entries]);
    },
    loadOnnxRuntime: () => Promise.resolve({ listSupportedBackends: () => m.backends ?? [{ name: 'cpu', bundled: true }], env: { versions: { node: '1.30.0', common: '1.30.0' } } }),
    ...overrides,
  };
}
