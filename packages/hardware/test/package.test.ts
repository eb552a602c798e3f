import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('public surface', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "DEFAULT_COMMAND_TIMEOUT_MS",
        "NVIDIA_SMI_FIELDS",
        "PCI_GPU_VENDORS",
        "UNKNOWN_REASON_CODES",
        "WINDOWS_POWERSHELL_SCRIPT",
        "clearHardwareCache",
        "createCommandRunner",
        "detectHardware",
        "effectiveCores",
        "featuresFromLinuxFlags",
        "featuresFromSysctl",
        "formatHardwareReport",
        "importOnnxRuntime",
        "listDirectory",
        "nodeOsInfo",
        "parseAppleChip",
        "parseCfsQuota",
        "parseCpuList",
        "parseCpuMax",
        "parseLdconfigCache",
        "parseLscpu",
        "parseMeminfo",
        "parseMemoryLimit",
        "parseNvidiaProcInformation",
        "parseNvidiaProcVersion",
        "parseNvidiaSmiCsv",
        "parsePciDisplayDevice",
        "parseProcCpuinfo",
        "parseProcSelfCgroup",
        "parseSysctl",
        "parseSystemProfilerDisplays",
        "parseVmStat",
        "parseWindowsPowerShell",
        "parseWmicList",
        "physicalCoresFromCpuinfo",
        "physicalCoresFromLscpu",
        "readTextFile",
        "windowsFactsFromWmic",
      ]
    `);
  });

  it('every unknown-reason code is documented in the README', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    for (const code of Object.keys(api.UNKNOWN_REASON_CODES)) expect(readme).toContain(code);
  });

  it('onnxruntime-node is an optional peer, never a hard dependency', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as Record<string, Record<string, unknown> | undefined>;
    expect(pkg.dependencies?.['onnxruntime-node']).toBeUndefined();
    expect(pkg.peerDependenciesMeta?.['onnxruntime-node']).toEqual({ optional: true });
  });

  it('no source file imports onnxruntime-node statically', () => {
    const src = join(import.meta.dirname, '..', 'src', 'probe', 'onnxruntime.ts');
    const code = readFileSync(src, 'utf8');
    expect(code).not.toMatch(/^import[^(]*['"]onnxruntime-node['"]/m);
    expect(code).toContain("import('onnxruntime-node')");
  });
});
