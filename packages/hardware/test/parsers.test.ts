import { describe, expect, it } from 'vitest';
import {
  effectiveCores, parseAppleChip, parseCfsQuota, parseCpuList, parseCpuMax, parseLdconfigCache, parseMeminfo, parseMemoryLimit,
  parseNvidiaProcVersion, parseNvidiaSmiCsv, parsePciDisplayDevice, parseProcCpuinfo, parseProcSelfCgroup, parseSysctl, parseSystemProfilerDisplays, parseVmStat,
  parseWindowsPowerShell, parseWmicList,
} from '../src/index';

describe('cgroup parsers', () => {
  it('cpu.max: "max" is no limit, quota/period gives fractional cores, garbage is undefined', () => {
    expect(parseCpuMax('max 100000\n')).toBeNull();
    expect(parseCpuMax('150000 100000\n')).toBe(1.5);
    expect(parseCpuMax('50000 100000')).toBe(0.5);
    expect(parseCpuMax('lots')).toBeUndefined();
  });
  it('v1 CFS quota: -1 is no limit, zero period is undefined', () => {
    expect(parseCfsQuota('-1\n', '100000\n')).toBeNull();
    expect(parseCfsQuota('200000', '100000')).toBe(2);
    expect(parseCfsQuota('200000', '0')).toBeUndefined();
  });
  it('memory limits: "max" and the page-rounded v1 sentinel are unlimited', () => {
    expect(parseMemoryLimit('max\n')).toBeNull();
    expect(parseMemoryLimit('9223372036854771712\n')).toBeNull();
    expect(parseMemoryLimit('2147483648\n')).toBe(2147483648);
    expect(parseMemoryLimit('-1')).toBeUndefined();
  });
  it('/proc/self/cgroup: unified path and v1 controllers (comma-joined controllers split)', () => {
    const m = parseProcSelfCgroup('10:cpu,cpuacct:/docker/abc\n4:memory:/docker/abc\n0::/system.slice\n');
    expect(m.unifiedPath).toBe('/system.slice');
    expect(m.v1.get('cpu')).toBe('/docker/abc');
    expect(m.v1.get('cpuacct')).toBe('/docker/abc');
    expect(m.v1.get('memory')).toBe('/docker/abc');
  });
  it('cpu lists: ranges and singles; malformed is null', () => {
    expect(parseCpuList('0-3,8,10-11\n')).toEqual([0, 1, 2, 3, 8, 10, 11]);
    expect(parseCpuList('')).toEqual([]);
    expect(parseCpuList('3-1')).toBeNull();
    expect(parseCpuList('a-b')).toBeNull();
  });
});

describe('effectiveCores', () => {
  it('takes the smallest of logical, affinity, cpuset and floor(quota), at least 1', () => {
    expect(effectiveCores(32, { cgroupVersion: null })).toBe(32);
    expect(effectiveCores(32, { cgroupVersion: 'v2' }, 8)).toBe(8);
    expect(effectiveCores(32, { cgroupVersion: 'v2', cpusetCores: 6 }, 8)).toBe(6);
    expect(effectiveCores(32, { cgroupVersion: 'v2', cpuQuotaCores: 2.9, cpusetCores: 6 })).toBe(2);
    expect(effectiveCores(32, { cgroupVersion: 'v1', cpuQuotaCores: 0.25 })).toBe(1);
  });
});

describe('/proc/cpuinfo and meminfo', () => {
  it('returns null for text without processor blocks', () => {
    expect(parseProcCpuinfo('')).toBeNull();
    expect(parseProcCpuinfo('garbage: yes\n')).toBeNull();
  });
  it('names Arm cores from implementer and part when there is no model name', () => {
    const c = parseProcCpuinfo('processor\t: 0\nFeatures\t: fp asimd\nCPU implementer\t: 0x41\nCPU part\t: 0xd0c\n');
    expect(c).toMatchObject({ vendor: 'arm', model: 'Neoverse-N1', flags: ['fp', 'asimd'] });
  });
  it('meminfo without MemAvailable (kernel < 3.14) estimates from free + buffers + cached', () => {
    expect(parseMeminfo('MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 10 kB\nCached: 200 kB\n')).toEqual({ totalBytes: 1024000, availableBytes: 310 * 1024 });
    expect(parseMeminfo('nothing')).toEqual({ totalBytes: null, availableBytes: null });
  });
});

describe('macOS parsers', () => {
  it('chip family and tier', () => {
    expect(parseAppleChip('Apple M1')).toEqual({ family: 'M1', tier: 'base' });
    expect(parseAppleChip('Apple M2 Pro')).toEqual({ family: 'M2', tier: 'Pro' });
    expect(parseAppleChip('Apple M1 Ultra')).toEqual({ family: 'M1', tier: 'Ultra' });
    expect(parseAppleChip('Apple M4 Max')).toEqual({ family: 'M4', tier: 'Max' });
    expect(parseAppleChip('Intel(R) Core(TM) i9-9880H CPU @ 2.30GHz')).toBeNull();
  });
  it('sysctl keeps the first value and accepts both separators', () => {
    const m = parseSysctl('hw.ncpu: 8\nkern.boottime = { sec = 1 }\nhw.ncpu: 9\n');
    expect(m.get('hw.ncpu')).toBe('8');
    expect(m.get('kern.boottime')).toBe('{ sec = 1 }');
  });
  it('vm_stat needs the page size header', () => {
    expect(parseVmStat('Pages free: 10.\n')).toBeNull();
    expect(parseVmStat('Mach Virtual Memory Statistics: (page size of 4096 bytes)\nPages free:  10.\nPages inactive:  5.\n')).toBe(15 * 4096);
  });
  it('system_profiler: non-JSON or another document is null; Intel Mac VRAM is parsed', () => {
    expect(parseSystemProfilerDisplays('not json')).toBeNull();
    expect(parseSystemProfilerDisplays('{"SPHardwareDataType":[]}')).toBeNull();
    const intel = parseSystemProfilerDisplays('{"SPDisplaysDataType":[{"_name":"Radeon Pro 5500M","sppci_model":"AMD Radeon Pro 5500M","spdisplays_vendor":"sppci_vendor_amd","spdisplays_vram":"8 GB"}]}');
    expect(intel).toEqual([{ name: 'AMD Radeon Pro 5500M', vendor: 'amd', cores: null, vramBytes: 8 * 1024 ** 3, metal: null }]);
  });
});

describe('NVIDIA, ldconfig and Windows parsers', () => {
  it('nvidia-smi CSV: several GPUs, [N/A] cells become null, empty output is null', () => {
    const rows = parseNvidiaSmiCsv('NVIDIA A100-SXM4-80GB, 81920, 535.104.05, 8.0\nTesla T4, [N/A], 470.57.02\n');
    expect(rows).toEqual([
      { name: 'NVIDIA A100-SXM4-80GB', memoryBytes: 81920 * 1024 * 1024, driverVersion: '535.104.05', computeCapability: '8.0' },
      { name: 'Tesla T4', memoryBytes: null, driverVersion: '470.57.02', computeCapability: null },
    ]);
    expect(parseNvidiaSmiCsv('')).toBeNull();
  });
  it('driver version from /proc/driver/nvidia/version (also the open kernel module wording)', () => {
    expect(parseNvidiaProcVersion('NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  550.54.14  Release Build')).toBe('550.54.14');
    expect(parseNvidiaProcVersion('nothing')).toBeNull();
  });
  it('ldconfig -p prefers the 64-bit entry of a soname', () => {
    const cache = parseLdconfigCache('\tlibcuda.so.1 (libc6) => /lib/i386/libcuda.so.1\n\tlibcuda.so.1 (libc6,x86-64) => /lib/x86_64/libcuda.so.1\n');
    expect(cache.get('libcuda.so.1')).toBe('/lib/x86_64/libcuda.so.1');
  });
  it('PowerShell JSON with a BOM and single objects instead of arrays', () => {
    const facts = parseWindowsPowerShell('\uFEFF{"cpu":{"Name":"Snapdragon X Elite","Manufacturer":"Qualcomm Technologies Inc","NumberOfCores":12,"NumberOfLogicalProcessors":12},"gpu":{"Name":"Qualcomm Adreno X1-85 GPU","AdapterCompatibility":"Qualcomm","AdapterRAM":null,"DriverVersion":"31.0.88.0"},"os":{"TotalVisibleMemorySize":33000000,"FreePhysicalMemory":20000000}}');
    expect(facts?.cpu).toEqual({ name: 'Snapdragon X Elite', manufacturer: 'Qualcomm Technologies Inc', cores: 12, logical: 12 });
    expect(facts?.gpus).toEqual([{ name: 'Qualcomm Adreno X1-85 GPU', vendor: 'Qualcomm', memoryBytes: null, driverVersion: '31.0.88.0' }]);
    expect(parseWindowsPowerShell('Get-CimInstance : access denied')).toBeNull();
  });
  it('PCI display devices: only NVIDIA, AMD and Intel ids count as GPUs', () => {
    expect(parsePciDisplayDevice('0x1002\n', '0x73bf\n')).toEqual({ vendor: 'amd', deviceId: '0x73bf' });
    expect(parsePciDisplayDevice('0x1af4', '0x1050')).toBeNull(); // virtio-gpu
    expect(parsePciDisplayDevice('0x1a03', '0x2000')).toBeNull(); // ASPEED BMC
    expect(parsePciDisplayDevice('0x10de', 'garbage')).toBeNull();
  });
  it('wmic list blocks', () => {
    expect(parseWmicList('\r\r\nA=1\r\r\nB=x y\r\r\n\r\r\nA=2\r\r\n')).toEqual([{ A: '1', B: 'x y' }, { A: '2' }]);
  });
});
