/**
 * GET /events?token=…: the core's events as Server-Sent Events, the web door's counterpart of
 * Electron's pushed IPC. Same per-run token as the API (in the query: EventSource cannot send a
 * header), a comment line every KEEP_ALIVE_MS so idle proxies and the browser keep the stream open,
 * the subscription dropped when the tab goes away.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CoreEvents } from '../core/events/emitter';

export const EVENTS_PATH = '/events';
export const KEEP_ALIVE_MS = 15_000;

export interface EventStreams {
  serve(req: IncomingMessage, res: ServerResponse): void;
  /** Ends every open stream (the server is closing). */
  closeAll(): void;
  readonly open: number;
}

export function eventStreams(events: CoreEvents, headers: Record<string, string>, keepAliveMs = KEEP_ALIVE_MS): EventStreams {
  const streams = new Set<ServerResponse>();
  return {
    serve(req, res) {
      res.writeHead(200, {
        ...headers,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      // Reconnect quickly if the stream drops (the server restarted, the machine slept).
      res.write('retry: 2000\n\n');
      streams.add(res);
      const stop = events.onAny((event) => {
        res.write(`event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`);
      });
      const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), keepAliveMs);
      const close = (): void => {
        clearInterval(keepAlive);
        stop();
        streams.delete(res);
      };
      req.on('close', close);
      res.on('close', close);
    },
    closeAll() {
      for (const res of [...streams]) res.end();
    },
    get open() {
      return streams.size;
    },
  };
}
