import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { freeSpot } from '../../shared/domain/free-spot.js';
import type { Point } from '../../shared/domain/zone-contents.js';
import { type CarteNode, isZoneNode } from '../carte/carte-nodes.js';
import type { LienEdgeType } from '../carte/flow-sync.js';

export const noteSize = { width: 220, height: 120 };

/** The middle of the visible canvas, in map coordinates, shifted a little for each new element. */
export function useViewCentre(): (count?: number) => Point {
  const flow = useReactFlow<CarteNode, LienEdgeType>();
  return useCallback(
    (count = 0) => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      const jitter = (count % 5) * 24;
      const screen = pane
        ? { x: pane.left + pane.width / 2 + jitter, y: pane.top + pane.height / 2 + jitter }
        : { x: window.innerWidth / 2, y: window.innerHeight / 2 };
      return flow.screenToFlowPosition(screen);
    },
    [flow],
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
