/**
 * What every probe receives: the injected I/O and a place to record unknowns. Helpers here
 * turn I/O failures into `null` so probes read as straight-line code and never throw.
 * @internal
 * @packageDocumentation
 */
import type { UnknownReasonCode } from '../errors';
import type { CommandRunner, DirectoryLister, FileReader, NodeOsInfo } from '../io';
import type { UnknownField } from '../types';

/** @internal */
export interface ProbeContext {
  run: CommandRunner;
  readFile: FileReader;
  listDir: DirectoryLister;
  env: Readonly<Record<string, string | undefined>>;
  nodeOs: NodeOsInfo;
  unknown: UnknownField[];
}

/** Records why `field` is unknown. @internal */
export function markUnknown(ctx: ProbeContext, field: string, code: UnknownReasonCode, reason: string): void {
  ctx.unknown.push({ field, code, reason });
}

/** File contents, or `null` when it cannot be read. @internal */
export async function tryRead(ctx: ProbeContext, path: string): Promise<string | null> {
  try {
    return await ctx.readFile(path);
  } catch {
    return null;
  }
}

/** Directory entries, or `null` when it cannot be listed. @internal */
export async function tryList(ctx: ProbeContext, path: string): Promise<string[] | null> {
  try {
    return await ctx.listDir(path);
  } catch {
    return null;
  }
}

/** stdout of a command that exited 0, or `null`. @internal */
export async function tryRun(ctx: ProbeContext, command: string, args: readonly string[]): Promise<string | null> {
  try {
    const result = await ctx.run(command, args);
    return result.exitCode === 0 ? result.stdout : null;
  } catch {
    return null;
  }
}
