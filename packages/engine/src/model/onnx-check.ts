import { engineError } from '../errors';

/**
 * Cheap sanity check of a model file's first bytes, so a wrong file fails with a clear
 * message instead of an ONNX Runtime protobuf error. An ONNX `ModelProto` starts with field
 * 1 (`ir_version`, varint: byte 0x08) followed by a small version number.
 */
export function checkOnnxHeader(head: Uint8Array, source: string): void {
  const text = new TextDecoder('latin1').decode(head.subarray(0, 64));
  if (text.startsWith('version https://git-lfs')) {
    throw engineError('KOKORO_ENGINE_BAD_MODEL', `${source} is a Git LFS pointer, not the model: fetch the real file (git lfs pull, or download it from the Hugging Face "resolve" URL).`, { file: source });
  }
  if (head.length === 0) throw engineError('KOKORO_ENGINE_BAD_MODEL', `${source} is empty; expected an ONNX model (.onnx). Delete it and download again.`, { file: source });
  const irVersion = head[1] ?? 0;
  if (head[0] !== 0x08 || irVersion < 1 || irVersion > 20) {
    const what = text.startsWith('PK') ? 'a zip archive (voices-v1.0.bin is voices, not the model?)' : text.trimStart().startsWith('<') ? 'an HTML/XML page (a failed download?)' : text.trimStart().startsWith('{') ? 'a JSON file' : `bytes ${[...head.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ')}`;
    throw engineError('KOKORO_ENGINE_BAD_MODEL', `${source} is not an ONNX model: it starts with ${what}. Expected an .onnx file such as model.onnx or kokoro-v1.0.onnx.`, { file: source });
  }
}
