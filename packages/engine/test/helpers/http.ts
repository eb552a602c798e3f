import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a test file server has seen. */
export interface FileServer {
  base: string;
  requests: { path: string; range: string | undefined }[];
  close(): Promise<void>;
}

/**
 * Serves `files` (path -> bytes) on 127.0.0.1 with HTTP Range support. `breakAfter[path]`
 * makes the first full response of that path stop after that many bytes.
 */
export async function serveFiles(files: Record<string, Uint8Array>, breakAfter: Record<string, number> = {}): Promise<FileServer> {
  const requests: FileServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const range = req.headers.range;
    requests.push({ path, range });
    const body = files[path];
    if (body === undefined) { res.writeHead(404).end('not found'); return; }
    const m = /^bytes=(\d+)-$/.exec(range ?? '');
    if (m) {
      const start = Number(m[1]);
      if (start >= body.length) { res.writeHead(416).end(); return; }
      res.writeHead(206, { 'content-length': body.length - start, 'content-range': `bytes ${start}-${body.length - 1}/${body.length}` });
      res.end(Buffer.from(body.subarray(start)));
      return;
    }
    const cut = breakAfter[path];
    if (cut !== undefined) {
      delete breakAfter[path];
      res.writeHead(200, { 'content-length': body.length });
      res.write(Buffer.from(body.subarray(0, cut)), () => res.destroy());
      return;
    }
    res.writeHead(200, { 'content-length': body.length });
    res.end(Buffer.from(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** A `fetch` that sends every request for a real upstream URL to the local server instead (same path). */
export function redirectTo(base: string): (url: string, init: RequestInit) => Promise<Response> {
  return (url, init) => fetch(`${base}${new URL(url).pathname}`, init);
}
