import { describe, expect, it } from 'vitest';
import { detectHardware, formatHardwareReport } from '../src/index';
import { machineIo } from './helpers/machine';

describe('formatHardwareReport', () => {
  it('M2 Pro: names the chip tier, core split, Neural Engine and backends', async () => {
    const text = formatHardwareReport(await detectHardware(machineIo('macos-arm64-m2-pro')));
    expect(text).toMatch(/^os \/ arch\s+darwin \/ arm64$/m);
    expect(text).toMatch(/^cores\s+12 physical, 12 logical, 8 performance \+ 4 efficiency$/m);
    expect(text).toMatch(/^apple silicon\s+M2 Pro, 19 GPU cores, Neural Engine 16 cores, metal3$/m);
    expect(text).toMatch(/^ort backends\s+cpu, webgpu, coreml$/m);
    expect(text).not.toMatch(/unknown/);
  });

  it('container: quota, cpuset and memory limit; GPU unknowns listed with reasons; missing CUDA libraries named', async () => {
    const text = formatHardwareReport(await detectHardware(machineIo('linux-x64-intel-xeon-container-h100')));
    expect(text).toMatch(/^container\s+cgroup v2: cpu quota 1.5 cores, cpuset 8 cpus, memory 2.0 GiB$/m);
    expect(text).toMatch(/^effective cores\s+1$/m);
    expect(text).toMatch(/^gpu 0\s+NVIDIA H100 80GB HBM3 \(driver 535.161.08\) \[\/proc\/driver\/nvidia\]$/m);
    expect(text).toMatch(/^unknown gpus\[0\].computeCapability\s+nvidia-smi is unavailable/m);
    expect(text).toMatch(/^cuda libraries\s+missing libonnxruntime_providers_shared.so, libonnxruntime_providers_cuda.so, libcudart.so.12, libcublas.so.12, libcublasLt.so.12, libcudnn.so.9$/m);
  });
});
