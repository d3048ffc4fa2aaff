/**
 * Chromium's own network log (`--log-net-log`), read back after the browser closed: every URL it
 * requested and every address it tried to connect to, whoever asked — the page, or the browser
 * itself (updates, accounts, autofill), which page-level request listeners never see. The e2e
 * harness fails a test whose browser tried to connect anywhere but 127.0.0.1.
 */
import { existsSync, readFileSync } from 'node:fs';

/** Chromium's switches that keep a test browser offline, and the log that proves it did. */
export function offlineChromiumArgs(netLogFile: string): string[] {
  return [
    // Every host name resolves to nothing except the loopback server's.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-breakpad',
    '--disable-crash-reporter',
    '--no-pings',
    '--no-first-run',
    '--no-default-browser-check',
    '--metrics-recording-only',
    '--safebrowsing-disable-auto-update',
    '--disable-quic',
    '--disable-features=OptimizationHints,MediaRouter,DialMediaRouteProvider,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying,InterestFeedContentSuggestions',
    `--log-net-log=${netLogFile}`,
    '--net-log-capture-mode=Default',
  ];
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)(:\d+)?$/u;

/**
 * The IPv6 reachability probe: Chromium "connects" a UDP socket to Google's public DNS address to
 * learn whether the machine has a global IPv6 route. A UDP connect sends no datagram; nothing
 * leaves the machine, so it is not counted (it is listed apart).
 */
const IPV6_PROBE = '[2001:4860:4860::8888]:443';

/** Socket events whose `address` is the remote end of a connection attempt. */
const CONNECT_EVENTS = new Set(['TCP_CONNECT_ATTEMPT', 'SOCKET_CONNECT', 'UDP_CONNECT', 'TCP_CONNECT']);

export interface NetLogFindings {
  /** Remote addresses the browser tried to connect to beyond the loopback: must be none. */
  connections: string[];
  /** URLs beyond the loopback the browser or the page asked for, stopped before any connection (the host resolved to nothing). */
  stoppedRequests: string[];
  /** The IPv6 route probe, when it happened (no packet sent). */
  probes: string[];
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: Array<{ type: number; params?: Record<string, unknown> }>;
}

const hostOfUrl = (url: string): string | null => /^[a-z][a-z0-9+.-]*:\/\/(\[[^\]]+\]|[^/:?#]+)/iu.exec(url)?.[1] ?? null;

export function readNetLog(netLogFile: string): NetLogFindings {
  if (!existsSync(netLogFile)) throw new Error(`No network log at ${netLogFile}: was Chromium started with --log-net-log?`);
  // Complete only when the browser closed normally: a log cut short fails here, never passes.
  const log = JSON.parse(readFileSync(netLogFile, 'utf8')) as NetLog;
  const names = new Map(Object.entries(log.constants.logEventTypes).map(([name, id]) => [id, name]));
  const connections = new Set<string>();
  const stopped = new Set<string>();
  const probes = new Set<string>();
  for (const event of log.events) {
    const name = names.get(event.type) ?? '';
    const params = event.params ?? {};
    if (CONNECT_EVENTS.has(name)) {
      const addresses = [params.address, ...(Array.isArray(params.address_list) ? params.address_list : [])];
      for (const address of addresses) {
        if (typeof address !== 'string' || LOOPBACK.test(address)) continue;
        (address === IPV6_PROBE && name !== 'TCP_CONNECT_ATTEMPT' ? probes : connections).add(address);
      }
    }
    if (name === 'URL_REQUEST_START_JOB' && typeof params.url === 'string') {
      const host = hostOfUrl(params.url);
      if (host && !LOOPBACK.test(host)) stopped.add(params.url.replace(/\?.*$/su, ''));
    }
  }
  return { connections: [...connections].sort(), stoppedRequests: [...stopped].sort(), probes: [...probes] };
}
