/**
 * Hardware reports of the recorded machines in @kokoro-ts/hardware's test fixtures, built by
 * running the real detectHardware probes on those transcripts.
 */
import { detectHardware, type HardwareReport } from '@kokoro-ts/hardware';
// Test-only reuse of the sibling package's fixture replayer (both packages share one owner).
import { machineIo } from '../../../hardware/test/helpers/machine';

export function machineReport(name: string): Promise<HardwareReport> {
  return detectHardware(machineIo(name));
}
