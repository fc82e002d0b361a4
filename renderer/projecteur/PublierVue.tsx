import { useStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { WallView } from '../../shared/atelier/wall-view.js';
import { isFiltering, type ViewFilter } from '../../shared/domain/view-filter.js';
import { api, origin } from '../api/client.js';
import { useCarte } from '../carte/carte-context.js';

/** At most one message every this many ms while the facilitator pans: the wall glides anyway. */
const throttleMs = 120;

interface Selection {
  actorIds: string[];
  linkIds: string[];
  noteIds: string[];
}

const selectArea = (s: { transform: [number, number, number]; width: number; height: number }) => {
  const [x, y, zoom] = s.transform;
  if (s.width === 0 || s.height === 0 || zoom === 0) return null;
  // Rounded: a sub-pixel wobble is not worth a message.
  return `${Math.round(-x / zoom)},${Math.round(-y / zoom)},${Math.round(s.width / zoom)},${Math.round(s.height / zoom)}`;
};

/** The filters apart from the focus, as text: '' when there are none (a store selector's value). */
function filterKey(view: ViewFilter): string {
  const { focus: _sentApart, ...filter } = view;
  return isFiltering(filter) ? JSON.stringify(filter) : '';
}

/**
 * Sends what the facilitator looks at to the wall, through the core (projection.show, never
 * stored): the visible region in map coordinates, the selection and the focused actor. Sent
 * when one of them changes, at most every 120 ms, the last state always sent.
 */
export function PublierVue({ workshopId, selection }: { workshopId: string; selection: Selection }) {
  const area = useStore(selectArea);
  const focus = useCarte((s) => s.view.focus ?? null);
  // The filters without the focus (sent apart), as one value that changes only with them.
  const filter = useCarte((s) => filterKey(s.view));
  const last = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const [x = 0, y = 0, width = 1, height = 1] = area?.split(',').map(Number) ?? [];
    const view: WallView = {
      area: area ? { x, y, width: Math.max(1, width), height: Math.max(1, height) } : null,
      actors: selection.actorIds,
      links: selection.linkIds,
      notes: selection.noteIds,
      focus,
      ...(filter ? { filter: JSON.parse(filter) as WallView['filter'] } : {}),
    };
    const send = () => {
      last.current = Date.now();
      api.call('projection.show', { workshopId, view, origin }).catch(() => undefined);
    };
    window.clearTimeout(timer.current);
    const wait = throttleMs - (Date.now() - last.current);
    if (wait <= 0) send();
    else timer.current = window.setTimeout(send, wait);
    return () => window.clearTimeout(timer.current);
  }, [workshopId, area, focus, filter, selection.actorIds, selection.linkIds, selection.noteIds]);

  return null;
}
