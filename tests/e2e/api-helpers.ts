import type { Page } from '@playwright/test';

/** Calls the API from the page, as the renderer does, with the page's token; throws its French message. */
export function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([m, body]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="maillage-token"]')?.content ?? '';
      const res = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Maillage-Token': token },
        body: JSON.stringify(body),
      });
      const envelope = await res.json();
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.result;
    },
    [method, input] as const,
  ) as Promise<T>;
}
