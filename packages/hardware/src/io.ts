/**
 * The I/O a probe may do, as injectable functions: tests pass fixture-backed versions, the
 * defaults touch the real machine. Every default rejects instead of throwing synchronously.
 * @packageDocumentation
 */
import { execFile } from 'node:child_process';
import { readFile as fsReadFile, readdir } from 'node:fs/promises';
import os from 'node:os';

/** Result of running a command. */
export interface RunResult {
  stdout: string;
  /** Process exit code (0 = success). */
  exitCode: number;
}

/**
 * Runs `command` with `args` and resolves with its stdout and exit code; rejects when the
 * command cannot be started or exceeds the timeout.
 */
export type CommandRunner = (command: string, args: readonly string[]) => Promise<RunResult>;

/** Reads a text file; rejects when it does not exist or cannot be read. */
export type FileReader = (path: string) => Promise<string>;

/** Lists the entry names of a directory; rejects when it does not exist. */
export type DirectoryLister = (path: string) => Promise<string[]>;

/** What Node itself knows, used as the last-resort source and for CPU affinity. */
export interface NodeOsInfo {
  /** `os.availableParallelism()`: CPUs this process may run on (affinity-aware). */
  availableParallelism: number;
  /** `os.cpus().length`. */
  cpuCount: number;
  /** `os.cpus()[0].model`, or `null`. */
  cpuModel: string | null;
  /** `os.totalmem()`. */
  totalMemoryBytes: number;
  /** `os.freemem()`. */
  freeMemoryBytes: number;
}

/** Default time limit for one probe command, in milliseconds. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 3000;

/**
 * A runner backed by `child_process.execFile` (no shell).
 * @param timeoutMs - kill the command after this many milliseconds (default 3000).
 */
export function createCommandRunner(timeoutMs: number = DEFAULT_COMMAND_TIMEOUT_MS): CommandRunner {
  return (command, args) =>
    new Promise((resolve, reject) => {
      execFile(command, [...args], { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, windowsHide: true, encoding: 'utf8' }, (error, stdout) => {
        if (error === null) {
          resolve({ stdout, exitCode: 0 });
          return;
        }
        // A command that ran and exited non-zero still answers; one that never started does not.
        const code = (error as NodeJS.ErrnoException & { code?: unknown }).code;
        if (typeof code === 'number') resolve({ stdout, exitCode: code });
        else reject(new Error(`${command} failed: ${error.message}`, { cause: error }));
      });
    });
}

/** A reader backed by `fs.promises.readFile` (UTF-8). */
export const readTextFile: FileReader = (path) => fsReadFile(path, 'utf8');

/** A lister backed by `fs.promises.readdir`. */
export const listDirectory: DirectoryLister = (path) => readdir(path);

/** What Node's `os` module reports about this machine. */
export function nodeOsInfo(): NodeOsInfo {
  const cpus = os.cpus();
  return {
    availableParallelism: os.availableParallelism(),
    cpuCount: cpus.length,
    cpuModel: cpus[0]?.model ?? null,
    totalMemoryBytes: os.totalmem(),
    freeMemoryBytes: os.freemem(),
  };
}
