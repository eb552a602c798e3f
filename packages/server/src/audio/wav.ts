/**
 * RIFF/WAVE header for 16-bit PCM mono. With `dataBytes` unknown (streaming) the RIFF and data
 * sizes are 0xFFFFFFFF, the value streaming writers use and decoders (ffmpeg, sox, browsers)
 * read as "until end of stream".
 * @internal
 */
export function wavHeader(sampleRate: number, dataBytes?: number): Uint8Array {
  const header = new Uint8Array(44);
  const view = new DataView(header.buffer);
  const ascii = (offset: number, text: string): void => {
    for (let i = 0; i < text.length; i++) header[offset + i] = text.charCodeAt(i);
  };
  const channels = 1;
  const bytesPerSample = 2;
  const unknown = dataBytes === undefined;
  ascii(0, 'RIFF');
  view.setUint32(4, unknown ? 0xffffffff : 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels * bytesPerSample, true);
  view.setUint16(32, channels * bytesPerSample, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, unknown ? 0xffffffff : dataBytes, true);
  return header;
}
