/**
 * Minimal Ogg page writer (RFC 3533) for a single logical stream: enough to carry Opus
 * (RFC 7845). Pages are emitted whenever the caller flushes, so each synthesized segment
 * leaves the server as soon as it is encoded.
 * @internal
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let j = 0; j < 8; j++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    table[i] = r >>> 0;
  }
  return table;
})();

function oggCrc(bytes: Uint8Array): number {
  let crc = 0;
  for (let i = 0; i < bytes.length; i++) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ bytes[i]!) & 0xff]!) >>> 0;
  return crc;
}

/** Header-type flags of an Ogg page. @internal */
export const OGG_BOS = 0x02;
/** @internal */
export const OGG_EOS = 0x04;
const OGG_CONTINUED = 0x01;
const MAX_SEGMENTS = 255;

/** Writes pages of one logical Ogg stream. @internal */
export class OggPageWriter {
  private sequence = 0;
  private readonly serial: number;

  constructor(serial: number) {
    this.serial = serial >>> 0;
  }

  /**
   * Packs whole packets into as many pages as needed. `granule` is the granule position after
   * the last packet (RFC 7845: 48 kHz sample count); pages that end mid-packet carry -1.
   */
  pages(packets: readonly Uint8Array[], granule: bigint, flags = 0): Uint8Array[] {
    const out: Uint8Array[] = [];
    let lacing: number[] = [];
    let body: Uint8Array[] = [];
    let continued = false;
    let pageFlags = flags & OGG_BOS;
    const emit = (pageGranule: bigint, last: boolean): void => {
      const f = pageFlags | (continued ? OGG_CONTINUED : 0) | (last ? flags & OGG_EOS : 0);
      out.push(this.page(lacing, body, pageGranule, f));
      pageFlags = 0;
      lacing = [];
      body = [];
    };
    packets.forEach((packet, index) => {
      let offset = 0;
      for (;;) {
        const take = Math.min(255, packet.length - offset);
        lacing.push(take);
        body.push(packet.subarray(offset, offset + take));
        offset += take;
        const packetDone = take < 255;
        if (lacing.length === MAX_SEGMENTS) {
          const ends = packetDone && index === packets.length - 1;
          emit(packetDone ? granule : -1n, ends);
          continued = !packetDone;
        }
        if (packetDone) break;
      }
    });
    if (lacing.length > 0 || out.length === 0) emit(granule, true);
    return out;
  }

  private page(lacing: number[], body: Uint8Array[], granule: bigint, flags: number): Uint8Array {
    const bodyLength = body.reduce((n, b) => n + b.length, 0);
    const page = new Uint8Array(27 + lacing.length + bodyLength);
    const view = new DataView(page.buffer);
    page.set([0x4f, 0x67, 0x67, 0x53], 0);
    page[4] = 0;
    page[5] = flags;
    view.setBigInt64(6, granule, true);
    view.setUint32(14, this.serial, true);
    view.setUint32(18, this.sequence++, true);
    page[26] = lacing.length;
    page.set(lacing, 27);
    let offset = 27 + lacing.length;
    for (const b of body) {
      page.set(b, offset);
      offset += b.length;
    }
    view.setUint32(22, oggCrc(page), true);
    return page;
  }
}
