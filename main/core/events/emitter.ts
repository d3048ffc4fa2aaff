/**
 * The core's one event emitter (on the context): services and jobs emit after their commits, the
 * doors only forward (Electron to its windows, the web door as Server-Sent Events). The terminal
 * listens to nothing. A listener that throws is logged and never breaks the write that emitted.
 */
import type { EventListener, EventName, EventPayload, WireEvent } from '../../../shared/ipc/events';

export type AnyListener = (event: WireEvent) => void;

export class CoreEvents {
  private readonly listeners = new Set<AnyListener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const event = { name, payload } as WireEvent;
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error(`[event ${name}]`, error);
      }
    }
  }

  /** Every event, as it goes on the wire (what a door forwards). Returns the unsubscribe. */
  onAny(listener: AnyListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** One event by name (tests, in-process listeners). Returns the unsubscribe. */
  on<E extends EventName>(name: E, listener: EventListener<E>): () => void {
    return this.onAny((event) => {
      if (event.name === name) listener(event.payload as EventPayload<E>);
    });
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}
