// The local HTTPS server that plays every test host. It records each request's host so the run
// can prove the extension contacted nothing else.
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export interface TestServer { port: number; requests: { host: string; path: string }[]; close(): Promise<void> }

const PAGES = join(import.meta.dirname, 'pages');

/** Serves test pages for every test host; a host listed in `folders` is served from that folder
 * instead (the detection evaluation serves a corpus this way). */
export async function startServer(tls: { key: Buffer; cert: Buffer }, folders: Record<string, string> = {}): Promise<TestServer> {
  const requests: { host: string; path: string }[] = [];
  const server = createServer(tls, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ host, path });
    const folder = folders[host];
    if (folder) { serveFile(folder, path, res); return; }
    const name = path === '/' ? 'signin.html' : path.slice(1);
    if (!/^[a-z-]+\.html$/.test(name)) { res.writeHead(404).end(); return; }
    try {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(readFileSync(join(PAGES, name)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml', png: 'image/png' };

function serveFile(folder: string, path: string, res: ServerResponse): void {
  const file = resolve(folder, `.${decodeURIComponent(path)}`);
  if (!file.startsWith(resolve(folder) + sep)) { res.writeHead(403).end(); return; }
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file).slice(1)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}
