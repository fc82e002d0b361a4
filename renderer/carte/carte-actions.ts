import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { MapState } from '../../shared/domain/model.js';
import { useAction } from '../actions/context.js';
import { useCarteStore } from './carte-context.js';
import type { CarteNode } from './carte-nodes.js';
import { fixedActors, layoutPositions } from './disposition.js';
import type { LienEdgeType } from './flow-sync.js';
import { glide } from './glide.js';

export const fitViewOptions = { padding: 0.15, maxZoom: 1.4, duration: 200 };

export type Overlay = 'saisie' | 'recherche' | null;

interface CarteActionsInput {
  map: MapState;
  nodes: readonly CarteNode[];
  setNodes(update: (nodes: CarteNode[]) => CarteNode[]): void;
  setEdges(update: (edges: LienEdgeType[]) => LienEdgeType[]): void;
  addActorAt(screen: { x: number; y: number }): void;
  setOverlay(overlay: Overlay): void;
}

/** The middle of the canvas on screen, shifted a little for each new element. */
function paneCentre(count: number): { x: number; y: number } | undefined {
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!pane) return undefined;
  const jitter = (count % 5) * 24;
  return { x: pane.left + pane.width / 2 + jitter, y: pane.top + pane.height / 2 + jitter };
}

/**
 * What the canvas does for the actions of the registry (`renderer/actions/`): add an actor, fit,
 * zoom, arrange, open the capture bar or the search, deselect, highlight partners, rename. Keys,
 * the rail and the desktop menu reach them all through the registry.
 */
export function useCarteActions({ map, nodes, setNodes, setEdges, addActorAt, setOverlay }: CarteActionsInput): void {
  const flow = useReactFlow<CarteNode, LienEdgeType>();
  const carte = useCarteStore();

  /** Auto-layout: computed by ELK, shown as a short glide, saved as one undoable move. */
  const arrange = useCallback(async () => {
    if (carte.getState().gesture) return;
    const sizes = new Map(
      flow.getNodes().map((n) => [n.id, { width: n.measured?.width ?? 180, height: n.measured?.height ?? 64 }]),
    );
    const moves = (await layoutPositions(map, sizes, fixedActors(map, sizes))).filter((move) => {
      const actor = map.actors.find((a) => a.id === move.id);
      return actor && (actor.x !== move.x || actor.y !== move.y);
    });
    if (moves.length === 0) return;
    carte.getState().setGesture(true);
    await glide(map, moves, setNodes);
    carte.getState().setGesture(false);
    carte.getState().apply([{ type: 'actor.move', moves }]);
    window.requestAnimationFrame(() => void flow.fitView(fitViewOptions));
  }, [carte, flow, map, setNodes]);

  const selected = nodes.filter((n) => n.selected);
  const only = selected.length === 1 ? selected[0] : undefined;

  useAction('map.addActor', () => {
    const at = paneCentre(map.actors.length);
    if (at) addActorAt(at);
  });
  useAction('map.layout', () => void arrange(), map.actors.length >= 2);
  useAction('map.fitView', () => void flow.fitView(fitViewOptions));
  useAction('map.zoomIn', () => void flow.zoomIn({ duration: 150 }));
  useAction('map.zoomOut', () => void flow.zoomOut({ duration: 150 }));
  useAction('map.commandBar', () => setOverlay('saisie'));
  useAction('map.find', () => setOverlay('recherche'));
  useAction('map.rename', () => only && carte.getState().setEditing(only.id), only !== undefined);
  useAction(
    'map.partners',
    () => {
      if (!only) return;
      const { view, setView } = carte.getState();
      setView({ ...view, focus: view.focus === only.id ? undefined : only.id });
    },
    only?.type === 'acteur',
  );
  useAction('map.deselect', () => {
    const { view, setView } = carte.getState();
    if (view.focus) setView({ ...view, focus: undefined });
    setNodes((current) => current.map((n) => (n.selected ? { ...n, selected: false } : n)));
    setEdges((current) => current.map((e) => (e.selected ? { ...e, selected: false } : e)));
  });
}
