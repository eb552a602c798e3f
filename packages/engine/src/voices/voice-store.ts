import { basename, extname, join } from 'node:path';

import { engineError } from '../errors';
import { listNpz, readNpzEntry } from './npy';
import { assertVoiceId, canonicalVoiceSpec, closestVoiceIds, describeVoice, isValidVoiceId, parseVoiceSpec, type VoiceInfo } from './voice-spec';

/** Rows in a Kokoro voice pack (one style vector per phoneme count 0..509). */
export const VOICE_ROWS = 510;
/** Width of one style vector. */
export const STYLE_DIM = 256;
/** Floats in one voice pack: 510 x 1 x 256. */
export const VOICE_PACK_LENGTH = VOICE_ROWS * STYLE_DIM;

/** The file-system calls the voice store needs (inject a fake or an in-memory one in tests). */
export interface VoiceFs {
  readFile(path: string): Promise<Uint8Array>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ isDirectory(): boolean }>;
}

/** A voice ready for lookup: its canonical key (for caches) and its 510 x 256 pack. */
export interface ResolvedVoice {
  key: string;
  pack: Float32Array;
}

type Origin = { kind: 'file'; path: string } | { kind: 'npz'; path: string } | { kind: 'memory' };

/**
 * Throws `KOKORO_ENGINE_BAD_VOICE_FILE` unless `pack` is a finite float32 [510, 1, 256] pack.
 * `source` names the file (or "registerVoice(id)") in the message.
 */
export function validateVoicePack(pack: Float32Array, source: string): void {
  if (!(pack instanceof Float32Array) || pack.length !== VOICE_PACK_LENGTH) {
    const got = pack instanceof Float32Array ? `${pack.length} floats (${pack.length * 4} bytes)` : typeof pack;
    throw engineError('KOKORO_ENGINE_BAD_VOICE_FILE', `${source}: a voice pack must be float32 [510, 1, 256] = ${VOICE_PACK_LENGTH} floats (${VOICE_PACK_LENGTH * 4} bytes); found ${got}.`, { file: source });
  }
  for (let i = 0; i < pack.length; i++) {
    if (!Number.isFinite(pack[i])) {
      throw engineError('KOKORO_ENGINE_BAD_VOICE_FILE', `${source}: value ${i} (row ${Math.floor(i / STYLE_DIM)}) is ${pack[i]}; a voice pack must contain only finite numbers.`, { file: source });
    }
  }
}

function rawPack(bytes: Uint8Array, source: string): Float32Array {
  if (bytes.byteLength !== VOICE_PACK_LENGTH * 4) {
    throw engineError('KOKORO_ENGINE_BAD_VOICE_FILE', `${source}: a raw voice .bin must be exactly ${VOICE_PACK_LENGTH * 4} bytes (float32 [510, 1, 256]); found ${bytes.byteLength} bytes. Re-download it or check it is not a Git LFS pointer.`, { file: source });
  }
  const pack = new Float32Array(VOICE_PACK_LENGTH);
  new Uint8Array(pack.buffer).set(bytes);
  return pack;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Voices from directories of `NAME.bin`, `.npz` archives (`voices-v1.0.bin`) and single
 * files, listed eagerly (cheap) and loaded lazily on first use. Blends are computed once
 * and kept in a small bounded map.
 */
export class VoiceStore {
  readonly #fs: VoiceFs;
  readonly #origins = new Map<string, Origin>();
  readonly #packs = new Map<string, Float32Array>();
  readonly #blends = new Map<string, Float32Array>();
  readonly #maxBlends: number;

  private constructor(fs: VoiceFs, maxBlends: number) {
    this.#fs = fs;
    this.#maxBlends = maxBlends;
  }

  /** Lists the voices in `sources` (directories, .npz archives, single .bin files). */
  static async open(sources: readonly string[], options: { fs: VoiceFs; maxBlends?: number }): Promise<VoiceStore> {
    const store = new VoiceStore(options.fs, options.maxBlends ?? 32);
    for (const source of sources) await store.#add(source);
    return store;
  }

  async #add(source: string): Promise<void> {
    const fs = this.#fs;
    let st: { isDirectory(): boolean };
    try { st = await fs.stat(source); } catch (cause) {
      throw engineError('KOKORO_ENGINE_MODEL_MISSING', `Voices not found at ${source}: expected a directory of NAME.bin files (Hugging Face voices/) or voices-v1.0.bin (kokoro-onnx release). Set KOKORO_VOICES_PATH or the "voices" option.`, { path: source }, cause);
    }
    if (st.isDirectory()) {
      for (const name of (await fs.readdir(source)).sort()) {
        const id = basename(name, extname(name));
        if (extname(name) === '.bin' && isValidVoiceId(id)) this.#origins.set(id, { kind: 'file', path: join(source, name) });
        else if (extname(name) === '.npz') await this.#add(join(source, name));
      }
      return;
    }
    const bytes = await fs.readFile(source);
    if (isZip(bytes)) {
      for (const id of listNpz(bytes, source)) if (isValidVoiceId(id)) this.#origins.set(id, { kind: 'npz', path: source });
      return;
    }
    const id = basename(source, extname(source));
    assertVoiceId(id);
    this.#packs.set(id, rawPack(bytes, source));
    this.#origins.set(id, { kind: 'file', path: source });
  }

  /** Every known voice id, sorted. */
  ids(): string[] {
    return [...this.#origins.keys()].sort();
  }

  /** Every known voice with language, gender and name from its id. */
  list(): VoiceInfo[] {
    return this.ids().map(describeVoice);
  }

  /** True when `id` names a known single voice. */
  has(id: string): boolean {
    return this.#origins.has(id);
  }

  /** Adds (or replaces) a voice from a float32 [510, 1, 256] pack; the array is copied. */
  register(id: string, pack: Float32Array): void {
    assertVoiceId(id);
    validateVoicePack(pack, `registerVoice(${id})`);
    this.#packs.set(id, new Float32Array(pack));
    this.#origins.set(id, { kind: 'memory' });
    for (const key of [...this.#blends.keys()]) if (key.includes(id)) this.#blends.delete(key);
  }

  /**
   * Validates `spec` (syntax first, then that every id exists), loads what is needed and
   * returns the (blended) pack. Unknown ids fail with the closest known ids.
   */
  async resolve(spec: string): Promise<ResolvedVoice> {
    const parts = parseVoiceSpec(spec);
    for (const p of parts) {
      if (!this.#origins.has(p.id)) {
        const closest = closestVoiceIds(p.id, this.ids());
        throw engineError('KOKORO_ENGINE_UNKNOWN_VOICE', `Unknown voice "${p.id}". Closest available: ${closest.length > 0 ? closest.join(', ') : '(no voices loaded)'}. See engine.voices() for all ${this.#origins.size}.`, { voice: p.id, closest });
      }
    }
    const key = canonicalVoiceSpec(parts);
    const first = parts[0];
    if (parts.length === 1 && first) return { key, pack: await this.#load(first.id) };
    const cached = this.#blends.get(key);
    if (cached) return { key, pack: cached };
    const blended = new Float32Array(VOICE_PACK_LENGTH);
    for (const p of parts) {
      const pack = await this.#load(p.id);
      for (let i = 0; i < blended.length; i++) blended[i] = (blended[i] ?? 0) + p.weight * (pack[i] ?? 0);
    }
    if (this.#blends.size >= this.#maxBlends) {
      const oldest = this.#blends.keys().next().value;
      if (oldest !== undefined) this.#blends.delete(oldest);
    }
    this.#blends.set(key, blended);
    return { key, pack: blended };
  }

  async #load(id: string): Promise<Float32Array> {
    const loaded = this.#packs.get(id);
    if (loaded) return loaded;
    const origin = this.#origins.get(id);
    if (origin === undefined || origin.kind === 'memory') throw engineError('KOKORO_ENGINE_UNKNOWN_VOICE', `Unknown voice "${id}".`, { voice: id });
    let pack: Float32Array;
    if (origin.kind === 'file') {
      pack = rawPack(await this.#fs.readFile(origin.path), origin.path);
    } else {
      const arr = readNpzEntry(await this.#fs.readFile(origin.path), id, origin.path);
      if (arr === undefined) throw engineError('KOKORO_ENGINE_BAD_VOICE_FILE', `${origin.path}: ${id}.npy disappeared from the archive.`, { file: origin.path });
      const rowsOk = arr.shape.length >= 2 && arr.shape[0] === VOICE_ROWS && arr.shape[arr.shape.length - 1] === STYLE_DIM && arr.data.length === VOICE_PACK_LENGTH;
      if (!rowsOk) throw engineError('KOKORO_ENGINE_BAD_VOICE_FILE', `${origin.path}#${id}.npy: shape (${arr.shape.join(', ')}) where (510, 1, 256) was expected.`, { file: origin.path, voice: id });
      pack = arr.data;
    }
    validateVoicePack(pack, origin.kind === 'npz' ? `${origin.path}#${id}.npy` : origin.path);
    this.#packs.set(id, pack);
    return pack;
  }
}

/**
 * Style row for a segment of `idCount` phoneme ids (WITHOUT the two pads): `min(idCount, 509)`.
 * This is what kokoro-js (`min(max(T - 2, 0), 509)` with T counting the pads) and kokoro-onnx
 * (`voice[len(tokens)]`) use. The official Python `KPipeline` indexes `pack[len(ps) - 1]`
 * (ps = the phoneme string), one row lower. See README "Style row convention".
 */
export function styleRowIndex(idCount: number): number {
  return Math.max(0, Math.min(idCount, VOICE_ROWS - 1));
}

/** The 256-float style row of `pack` for a segment with `idCount` ids (a view, not a copy). */
export function styleFor(pack: Float32Array, idCount: number): Float32Array {
  const row = styleRowIndex(idCount);
  return pack.subarray(row * STYLE_DIM, (row + 1) * STYLE_DIM);
}
