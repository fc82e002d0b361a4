import type { CoreEvent } from '../../shared/api/events.js';

export type Listener = (event: CoreEvent) => void;

/** Fans committed changes out to every open view; a failing listener never stops the others. */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  publish(event: CoreEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('Maillage: un abonné aux changements a échoué', error);
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
