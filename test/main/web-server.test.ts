import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../main/web/server';
import { dispatch } from '../../main/core/dispatch';
import { CHANNELS } from '../../shared/ipc/channels';
import { testContext } from '../support/core';
import { tempDir } from '../support/temp';

let server: WebServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(ctx = testContext()): Promise<WebServer> {
  const renderer = tempDir();
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Góp ý HĐND</title>');
  writeFileSync(join(tempDir(), 'secret.txt'), 'bí mật');
  server = await startWebServer(ctx, renderer, 0, 2 * 1024 * 1024);
  return server;
}

/** A raw request, so tests can send any Host header and method. */
function send(s: WebServer, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { port } = new URL(s.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('loopback web adapter', () => {
  it('listens on 127.0.0.1 with a random token in the printed URL', async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/u);
    expect((s.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('serves the renderer with the strict CSP', async () => {
    const s = await start();
    const res = await send(s, '/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('Góp ý HĐND');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('answers API calls only with the token', async () => {
    const s = await start();
    const body = JSON.stringify({ query: 'so noi vu' });
    const denied = await send(s, '/api/search:query', { method: 'POST', body });
    expect(denied.status).toBe(401);
    expect(JSON.parse(denied.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await send(s, '/api/search:query', { method: 'POST', body, headers: { [TOKEN_HEADER]: 'f'.repeat(48) } });
    expect(wrong.status).toBe(401);
    const allowed = await send(s, '/api/search:query', { method: 'POST', body, headers: { [TOKEN_HEADER]: s.token } });
    expect(JSON.parse(allowed.body)).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('rejects a foreign Host header (DNS rebinding)', async () => {
    const s = await start();
    const res = await send(s, '/', { headers: { Host: 'evil.example:80' } });
    expect(res.status).toBe(421);
  });

  it('turns malformed JSON, unknown channels and oversized bodies into envelopes', async () => {
    const s = await start();
    const headers = { [TOKEN_HEADER]: s.token };
    expect(JSON.parse((await send(s, '/api/search:query', { method: 'POST', headers, body: '{nope' })).body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(JSON.parse((await send(s, '/api/nope:nope', { method: 'POST', headers, body: '{}' })).body)).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    const big = await send(s, '/api/search:query', { method: 'POST', headers, body: 'x'.repeat(3 * 1024 * 1024) });
    expect(big.status).toBe(413);
  });

  it('does not serve files outside the renderer folder', async () => {
    const s = await start();
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/../../secret.txt']) {
      const res = await send(s, path);
      expect(res.body, path).not.toContain('bí mật');
      expect([403, 404], path).toContain(res.status);
    }
  });

  it('says a missing page is not found in the language the user chose in the UI', async () => {
    const ctx = testContext();
    const s = await start(ctx);
    expect(await send(s, '/nope.js')).toMatchObject({ status: 404, body: 'Không tìm thấy.' });
    expect((await dispatch(ctx, CHANNELS.settingsSet, { locale: 'en' })).ok).toBe(true);
    expect(await send(s, '/nope.js')).toMatchObject({ status: 404, body: 'Not found.' });
  });
});
