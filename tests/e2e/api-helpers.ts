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

/** A workshop and its map written through the API, as the editor would have saved them; its id. */
export async function loadViaApi(
  page: Page,
  {
    workshop,
    map,
  }: { workshop: { title: string; territory: string; date: string }; map: { actors: unknown[]; links: unknown[] } },
): Promise<string> {
  const { id } = await callApi<{ id: string }>(page, 'workshop.create', {
    title: workshop.title,
    territory: workshop.territory,
    date: workshop.date,
  });
  const ops = [
    ...map.actors.map((actor) => ({ type: 'actor.add', actor })),
    ...map.links.map((link) => ({ type: 'link.add', link })),
  ];
  await callApi(page, 'map.apply', { workshopId: id, ops, origin: 'e2e' });
  return id;
}
