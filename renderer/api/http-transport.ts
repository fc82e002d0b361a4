import type { Envelope } from '../../shared/api/errors.js';
import type { CoreEvent } from '../../shared/api/events.js';
import type { Transport } from './transport.js';

const offline: Envelope<never> = {
  ok: false,
  error: {
    code: 'transport',
    message:
      'Le serveur local de Maillage ne répond pas. Vérifiez qu’il tourne toujours (npm run web) ; rien n’est perdu.',
  },
};

/** Browser mode: POST /api/<method> with the per-launch token, changes over server-sent events. */
export function httpTransport(token: string, base = ''): Transport {
  // One stream per page, whatever the number of listeners: a browser keeps at most six
  // connections per server, and an editor and its wall are two pages.
  const listeners = new Set<(event: CoreEvent) => void>();
  let source: EventSource | null = null;
  return {
    kind: 'http',
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Maillage-Token': token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return offline;
      }
      try {
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return offline;
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!source) {
        source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
        source.onmessage = (message: MessageEvent<string>) => {
          const event = JSON.parse(message.data) as CoreEvent;
          for (const each of [...listeners]) each(event);
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
  };
}
