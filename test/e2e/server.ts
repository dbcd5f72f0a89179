// The local HTTPS server that plays every test host. It records each request's host so the run
// can prove the extension contacted nothing else.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface TestServer { port: number; requests: { host: string; path: string }[]; close(): Promise<void> }

const PAGES = join(import.meta.dirname, 'pages');

export async function startServer(tls: { key: Buffer; cert: Buffer }): Promise<TestServer> {
  const requests: { host: string; path: string }[] = [];
  const server = createServer(tls, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ host, path });
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
