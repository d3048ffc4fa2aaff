import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../main/electron/security';

const ROOT = 'file:///opt/gop-y-hdnd/resources/app.asar/out/renderer';

describe('window URL check', () => {
  it.each([
    [`${ROOT}/index.html`, true],
    [`${ROOT}/assets/index-abc.js`, true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['https://example.com/', false],
    ['http://127.0.0.1:8080/', false],
    ['file:///etc/passwd', false],
    ['file:///opt/gop-y-hdnd/resources/app.asar/out/renderer-evil/index.html', false],
    ['file://evil-host/opt/gop-y-hdnd/resources/app.asar/out/renderer/index.html', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['about:blank', false],
    ['not a url', false],
  ])('%s -> %s', (url, allowed) => {
    expect(isAppUrl(url, ROOT)).toBe(allowed);
  });
});
