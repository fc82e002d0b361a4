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
      const source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message: MessageEvent<string>) => {
        listener(JSON.parse(message.data) as CoreEvent);
      };
      return () => source.close();
    },
  };
}
