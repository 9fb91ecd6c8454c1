/**
 * A tiny static file server for the demo registration system and the e2e host
 * fixtures, bound to 127.0.0.1. Mounts map a URL prefix to a folder.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  server: Server;
  port: number;
  origin: string;
  close(): Promise<void>;
}

export function resolveFile(mounts: Record<string, string>, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const prefix = Object.keys(mounts)
    .sort((a, b) => b.length - a.length)
    .find((p) => clean === p || clean.startsWith(p.endsWith('/') ? p : `${p}/`));
  if (prefix === undefined) return null;
  const root = path.resolve(mounts[prefix]!);
  let file = path.resolve(root, `.${clean.slice(prefix.length).replace(/^\/?/, '/')}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

export function startStaticServer(
  mounts: Record<string, string>,
  port = 0,
  host = '127.0.0.1',
): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const file = resolveFile(mounts, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Niet gevonden');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        server,
        port: actual,
        origin: `http://${host}:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
