import { useReactFlow } from '@xyflow/react';
import { type Dispatch, type SetStateAction, useCallback, useRef } from 'react';
import type { MapState } from '../../shared/domain/model.js';
import { carriedBy, type Point } from '../../shared/domain/zone-contents.js';
import { type CarteNode, isZoneNode } from '../carte/carte-nodes.js';
import type { LienEdgeType } from '../carte/flow-sync.js';

/** Sizes used before React Flow has measured an element. */
const defaultSize = { actor: { width: 180, height: 64 }, note: { width: 220, height: 120 } };

interface Carry {
  /** Where each dragged zone started. */
  zones: Map<string, Point>;
  /** Each carried element: where it started and which dragged zone takes it along. */
  carried: Map<string, { start: Point; zoneId: string }>;
}

/**
 * Moving a zone moves what lies in it. At drag start we note what each dragged zone carries; during
 * the drag those nodes follow on screen only; at drag stop `positions` gives where everything is, for
 * one undoable apply.
 */
export function useZoneCarry(map: MapState, setNodes: Dispatch<SetStateAction<CarteNode[]>>) {
  const flow = useReactFlow<CarteNode, LienEdgeType>();
  const carry = useRef<Carry | null>(null);

  const start = useCallback(
    (dragged: readonly CarteNode[]) => {
      const zones = dragged.filter(isZoneNode);
      if (zones.length === 0) {
        carry.current = null;
        return;
      }
      const draggedIds = new Set(dragged.map((n) => n.id));
      const centreOf = (kind: 'actor' | 'note', id: string): Point => {
        const node = flow.getInternalNode(id);
        const size = defaultSize[kind];
        if (!node) return { x: Number.NaN, y: Number.NaN };
        return {
          x: node.internals.positionAbsolute.x + (node.measured.width ?? size.width) / 2,
          y: node.internals.positionAbsolute.y + (node.measured.height ?? size.height) / 2,
        };
      };
      const carried = new Map<string, { start: Point; zoneId: string }>();
      for (const zone of zones) {
        const inside = carriedBy(map, [zone.id], centreOf);
        for (const id of [...inside.actorIds, ...inside.noteIds, ...inside.zoneIds]) {
          const node = flow.getNode(id);
          if (node && !draggedIds.has(id) && !carried.has(id)) {
            carried.set(id, { start: { ...node.position }, zoneId: zone.id });
          }
        }
      }
      carry.current = { zones: new Map(zones.map((z) => [z.id, { ...z.position }])), carried };
    },
    [flow, map],
  );

  /** Where the carried elements stand now that the zones are where `dragged` says. */
  const carriedPositions = useCallback((dragged: readonly CarteNode[]): Map<string, Point> => {
    const positions = new Map<string, Point>();
    const current = carry.current;
    if (!current) return positions;
    const deltas = new Map<string, Point>();
    for (const node of dragged) {
      const from = current.zones.get(node.id);
      if (from) deltas.set(node.id, { x: node.position.x - from.x, y: node.position.y - from.y });
    }
    for (const [id, { start, zoneId }] of current.carried) {
      const delta = deltas.get(zoneId) ?? { x: 0, y: 0 };
      positions.set(id, { x: start.x + delta.x, y: start.y + delta.y });
    }
    return positions;
  }, []);

  const drag = useCallback(
    (dragged: readonly CarteNode[]) => {
      if (!carry.current) return;
      const positions = carriedPositions(dragged);
      setNodes((nodes) =>
        nodes.map((node) => {
          const to = positions.get(node.id);
          return to ? { ...node, position: to } : node;
        }),
      );
    },
    [carriedPositions, setNodes],
  );

  /** Every position to save: the dragged nodes and what their zones carried. */
  const stop = useCallback(
    (dragged: readonly CarteNode[]): Map<string, Point> => {
      const positions = carriedPositions(dragged);
      for (const node of dragged) positions.set(node.id, node.position);
      carry.current = null;
      return positions;
    },
    [carriedPositions],
  );

  return { start, drag, stop };
}
