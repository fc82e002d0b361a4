import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { freeSpot } from '../../shared/domain/free-spot.js';
import type { Point } from '../../shared/domain/zone-contents.js';
import { type CarteNode, isZoneNode } from '../carte/carte-nodes.js';
import type { LienEdgeType } from '../carte/flow-sync.js';

export const noteSize = { width: 220, height: 120 };

/**
 * The middle of the visible canvas, in map coordinates, shifted a little for each new element.
 * Read from the flow's own size and viewport rather than from the page's layout: the capture bar
 * asks for it in the middle of a key press, before the edit is sent, where reading a box from the
 * page would force the browser to lay the whole canvas out first.
 */
export function useViewCentre(): (count?: number) => Point {
  const flow = useReactFlow<CarteNode, LienEdgeType>();
  const store = useStoreApi<CarteNode, LienEdgeType>();
  return useCallback(
    (count = 0) => {
      const jitter = (count % 5) * 24;
      const {
        width,
        height,
        transform: [x, y, zoom],
      } = store.getState();
      if (width > 0 && height > 0) return { x: (width / 2 + jitter - x) / zoom, y: (height / 2 + jitter - y) / zoom };
      return flow.screenToFlowPosition({ x: window.innerWidth / 2 + jitter, y: window.innerHeight / 2 + jitter });
    },
    [flow, store],
  );
}

/**
 * Where a new free note goes: the middle of the visible canvas (shifted a little for each new
 * element), or the nearest place beside it where it covers nothing — a note dropped on another
 * hides its text. Answers the note's top-left corner, in map coordinates.
 */
export function useNoteSpot(): (count?: number) => Point {
  const flow = useReactFlow<CarteNode, LienEdgeType>();
  const viewCentre = useViewCentre();
  return useCallback(
    (count = 0) => {
      const taken = flow
        .getNodes()
        .filter((node) => !isZoneNode(node))
        .map((node) => ({
          ...node.position,
          width: node.measured?.width ?? noteSize.width,
          height: node.measured?.height ?? noteSize.height,
        }));
      const at = freeSpot(viewCentre(count), noteSize, taken);
      return { x: Math.round(at.x - noteSize.width / 2), y: Math.round(at.y - noteSize.height / 2) };
    },
    [flow, viewCentre],
  );
}
