/**
 * The loopback HTTP adapter: serves the built renderer and the handler registry on 127.0.0.1 only,
 * for `npm run start:web` and the end-to-end tests. Every API call must carry the per-run random
 * token; the Host header must name the loopback address (no DNS rebinding). Same handlers, same
 * validation, same envelopes as Electron's IPC.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, normalize, sep } from 'node:path';
import { fail } from '../../shared/ipc/envelope';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { CoreContext } from '../core/context';
import { dispatch } from '../core/dispatch';
import { EVENTS_PATH, eventStreams, type EventStreams } from './events-stream';
import { msg } from '../../shared/messages/types';
import { formatMessage } from '../../shared/messages/format';
import { uiLang } from '../core/ui-lang';

export const TOKEN_HEADER = 'x-gopy-token';
/** Large enough for a batch of package files sent as base64. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export interface WebServer {
  server: Server;
  url: string;
  token: string;
  /** The open event streams (GET /events). */
  events: EventStreams;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(
  ctx: CoreContext,
  token: string,
  limit: number,
  req: IncomingMessage,
  res: ServerResponse,
  channel: string,
): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, fail('invalid_input', msg('web.post_only')));
  if (!tokenMatches(req.headers[TOKEN_HEADER] as string | undefined, token)) {
    return sendJson(res, 401, fail('unauthorized', msg('web.bad_token')));
  }
  const body = await readBody(req, limit);
  if (body === null) return sendJson(res, 413, fail('too_large', msg('web.body_too_large')));
  let payload: unknown;
  try {
    payload = body.length ? JSON.parse(body) : undefined;
  } catch {
    return sendJson(res, 400, fail('invalid_input', msg('web.bad_json')));
  }
  sendJson(res, 200, await dispatch(ctx, channel, payload));
}

async function serveStatic(
  ctx: CoreContext,
  rendererDir: string,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, SECURITY_HEADERS);
    return void res.end();
  }
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/u, '');
  const file = normalize(join(rendererDir, relative));
  if (!file.startsWith(normalize(rendererDir) + sep)) {
    res.writeHead(403, SECURITY_HEADERS);
    return void res.end();
  }
  try {
    const content = await readFile(file);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  } catch {
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(formatMessage(await uiLang(ctx), 'web.not_found'));
  }
}

/** Where the web door writes exports (main/core/files.ts exportsFolderDoor): the only files it hands out. */
export const DOWNLOAD_PREFIX = '/download/';

/**
 * GET /download/<name>?token=…: a file the app wrote into the data folder's exports/, as a
 * download. The token is in the query (a link cannot send a header); the name is a bare file name,
 * anything else is refused.
 */
async function handleDownload(
  dataDir: string,
  token: string,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('invalid_input', msg('web.get_only')));
  if (!tokenMatches(url.searchParams.get('token') ?? undefined, token)) {
    return sendJson(res, 401, fail('unauthorized', msg('web.bad_token')));
  }
  let name: string;
  try {
    name = decodeURIComponent(url.pathname.slice(DOWNLOAD_PREFIX.length)).normalize('NFC');
  } catch {
    return sendJson(res, 400, fail('invalid_input', msg('web.bad_file_name')));
  }
  if (!name || name !== basename(name) || name.includes('\\') || name.startsWith('.')) {
    return sendJson(res, 400, fail('invalid_input', msg('web.download_only_exports')));
  }
  const dir = join(dataDir, 'exports');
  const file = join(dir, name);
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    return sendJson(res, 404, fail('not_found', msg('web.export_not_found')));
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': String(size),
    'Content-Disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/gu, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : await readFile(file));
}

export async function startWebServer(
  ctx: CoreContext,
  rendererDir: string,
  port = 0,
  maxBodyBytes = MAX_BODY_BYTES,
): Promise<WebServer> {
  const token = randomBytes(24).toString('hex');
  const events = eventStreams(ctx.events, SECURITY_HEADERS);
  let allowedHosts = new Set<string>();
  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!allowedHosts.has(host)) {
      res.writeHead(421, SECURITY_HEADERS);
      return void res.end();
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const { pathname } = url;
    if (pathname === EVENTS_PATH) {
      if (req.method !== 'GET') return sendJson(res, 405, fail('invalid_input', msg('web.get_only')));
      if (!tokenMatches(url.searchParams.get('token') ?? undefined, token)) {
        return sendJson(res, 401, fail('unauthorized', msg('web.bad_token')));
      }
      return events.serve(req, res);
    }
    const task = pathname.startsWith('/api/')
      ? handleApi(ctx, token, maxBodyBytes, req, res, pathname.slice('/api/'.length))
      : pathname.startsWith(DOWNLOAD_PREFIX)
        ? handleDownload(ctx.dataDir, token, req, res, url)
        : serveStatic(ctx, rendererDir, req, res, pathname);
    task.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, fail('internal', msg('web.internal')));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${actualPort}`, `localhost:${actualPort}`]);
  return {
    server,
    token,
    events,
    url: `http://127.0.0.1:${actualPort}/?token=${token}`,
    close: () =>
      new Promise((resolve) => {
        // Open event streams would hold the server open forever.
        events.closeAll();
        server.close(() => resolve());
      }),
  };
}
