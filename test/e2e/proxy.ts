// The network boundary of the e2e run: both browsers send every request through this proxy.
// Test hosts are tunnelled to the local HTTPS server; anything else is refused and recorded,
// so a request by the extension (worker, pages or content script) cannot go unnoticed.
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { TEST_HOSTS } from './driver.ts';

export interface RecordingProxy { port: number; refused: string[]; close(): Promise<void> }

export async function startProxy(httpsPort: number): Promise<RecordingProxy> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    refused.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const [host = ''] = (req.url ?? '').split(':');
    if (!TEST_HOSTS.includes(host)) {
      refused.push(`CONNECT ${req.url}`);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    for (const s of [client, upstream]) { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => s.destroy()); }
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () => new Promise((resolve) => { for (const s of sockets) s.destroy(); server.close(() => resolve()); }),
  };
}
