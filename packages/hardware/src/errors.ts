/**
 * The hardware package never throws from a probe: what it cannot determine is reported in
 * `HardwareReport.unknown` with one of these stable codes. This is the package's code registry.
 * @packageDocumentation
 */

/** Every reason code a report's `unknown` entries can carry, with what it means. */
export const UNKNOWN_REASON_CODES = {
  /** The file or command did not exist, was not permitted, timed out or exited non-zero. */
  KOKORO_HARDWARE_SOURCE_UNAVAILABLE: 'the file or command that holds this value was missing or failed',
  /** The source answered, but not in a format the parser knows. */
  KOKORO_HARDWARE_PARSE_FAILED: 'the source answered in a format the parser does not recognise',
  /** The platform does not expose the value to user space (or only through native code). */
  KOKORO_HARDWARE_NOT_EXPOSED: 'this platform does not expose the value without native code',
  /** onnxruntime-node is not installed or failed to load. */
  KOKORO_HARDWARE_ORT_UNAVAILABLE: 'onnxruntime-node could not be loaded',
} as const;

/** A stable reason code for an unknown field. */
export type UnknownReasonCode = keyof typeof UNKNOWN_REASON_CODES;
