/**
 * A tiny static file server for the built site (node:http, no dependency),
 * behaving like an ordinary static host:
 * - `/a/` serves `a/index.html`; `/a` (a folder) redirects 301 to `/a/`;
 * - a missing file answers 404 with dist/404.html (or a plain text body);
 * - content types by extension (unknown → application/octet-stream);
 * - GET and HEAD only; nothing outside the root is ever served;
 * - with `gzip`, text (HTML, CSS, JS, JSON, SVG, XML, CSV) is sent gzip-compressed
 *   to a client that accepts it, as GitHub Pages and most static hosts do; other
 *   files (images, Pagefind's index, already compressed) go as they are.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Types a host compresses: text. Pagefind's files are octet-stream and gzip inside already. */
export function isCompressible(contentType: string): boolean {
  return /^text\/|^application\/(json|javascript|xml|manifest\+json)|^image\/svg\+xml/.test(contentType);
}

export interface StaticServerOptions {
  /** Send text gzip-compressed when the client accepts it (default: never, bytes are the files' sizes). */
  gzip?: boolean;
}

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` — no trailing slash. */
  url: string;
  close(): Promise<void>;
}

export async function startStaticServer(
  rootDir: string,
  host = '127.0.0.1',
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const root = resolve(rootDir);
  const notFoundPage = join(root, '404.html');

  const server: Server = createServer((req, res) => {
    const send = (status: number, file: string | null, headers: Record<string, string> = {}) => {
      const base = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers };
      if (file === null) {
        const body = `${status}\n`;
        res.writeHead(status, {
          ...base,
          'content-type': 'text/plain; charset=utf-8',
          'content-length': String(Buffer.byteLength(body)),
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      const type = contentTypeOf(file);
      if (options.gzip && isCompressible(type)) {
        const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        const body = accepts ? gzipSync(readFileSync(file)) : readFileSync(file);
        res.writeHead(status, {
          ...base,
          'content-type': type,
          'content-length': String(body.length),
          vary: 'accept-encoding',
          ...(accepts ? { 'content-encoding': 'gzip' } : {}),
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      res.writeHead(status, {
        ...base,
        'content-type': type,
        'content-length': String(statSync(file).size),
      });
      if (req.method === 'HEAD') res.end();
      else
        createReadStream(file)
          .on('error', () => res.destroy())
          .pipe(res);
    };
    const notFound = () => send(404, existsSync(notFoundPage) ? notFoundPage : null);

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, null, { allow: 'GET, HEAD' });

    let pathname: string;
    let search: string;
    try {
      const u = new URL(req.url ?? '/', 'http://localhost');
      pathname = decodeURIComponent(u.pathname);
      search = u.search;
    } catch {
      return send(400, null);
    }
    if (pathname.includes('\0')) return send(400, null);
    const target = resolve(root, `.${pathname}`);
    if (target !== root && !target.startsWith(root + sep)) return notFound();

    let stat;
    try {
      stat = statSync(target);
    } catch {
      return notFound();
    }
    if (stat.isDirectory()) {
      if (!pathname.endsWith('/')) {
        return send(301, null, { location: `${encodeURI(pathname)}/${search}` });
      }
      const index = join(target, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    if (!stat.isFile()) return notFound();
    if (pathname.endsWith('/')) return notFound(); // a file asked for as a folder
    return send(200, target);
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((e) => (e ? fail(e) : ok()));
      }),
  };
}
