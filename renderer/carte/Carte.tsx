import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  type Connection,
  ConnectionMode,
  Controls,
  type EdgeChange,
  MarkerType,
  type NodeChange,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { type MouseEvent, memo, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapState } from '../../shared/domain/model.js';
import { representedActorIds } from '../../shared/domain/participants.js';
import { dimmedBy } from '../../shared/domain/view-filter.js';
import { positionOps } from '../../shared/domain/zone-contents.js';
import { useFocusRequest } from '../club/focus-request.js';
import { FiltreBandeau } from '../filtres/FiltreBandeau.js';
import { NoteNode } from '../notes/NoteNode.js';
import { CommandBar } from '../saisie/CommandBar.js';
import { FindActor } from '../saisie/FindActor.js';
import { GroupesCalque } from '../vues/GroupesCalque.js';
import { useWallMeasure } from '../vues/use-wall-measure.js';
import { useZoneCarry } from '../zones/use-zone-carry.js';
import { ZoneNode } from '../zones/ZoneNode.js';
import { ActeurNode } from './ActeurNode.js';
import { CanvasContext, useCanvasValue } from './canvas-context.js';
import { fitViewOptions, type Overlay, useCarteActions } from './carte-actions.js';
import { useCarte, useCarteStore } from './carte-context.js';
import { type CarteNode, isActeurNode, isNoteNode, isZoneNode, syncCarteNodes } from './carte-nodes.js';
import { useLabelsReadable } from './flow-hooks.js';
import { type LienEdgeType, syncEdges } from './flow-sync.js';
import { Legende } from './Legende.js';
import { LienEdge } from './LienEdge.js';
import { useAddActor } from './use-add-actor.js';
import { useClipboard } from './use-clipboard.js';

const nodeTypes = { acteur: ActeurNode, note: NoteNode, zone: ZoneNode };
const edgeTypes = { lien: LienEdge };
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } };
const proOptions = { hideAttribution: true };

/** Says why the links have no labels at this zoom, and how to read them. */
const IndiceZoom = memo(function IndiceZoom() {
  const { t } = useTranslation();
  return <p className="indice-zoom">{t('carte.labelsHidden')}</p>;
});

interface CarteProps {
  map: MapState;
  onSelection(actorIds: string[], linkIds: string[], noteIds: string[], zoneIds: string[]): void;
}

/** The canvas: React Flow over the map's actors and links; every edit goes out as an operation. */
export function Carte({ map, onSelection }: CarteProps) {
  const { t } = useTranslation();
  const flow = useReactFlow<CarteNode, LienEdgeType>();
  const carte = useCarteStore();
  const apply = useCarte((state) => state.apply);
  const [nodes, setNodes] = useState<CarteNode[]>(() => syncCarteNodes([], map));
  // The three callbacks are stable, the object holding them is not: React Flow copies every
  // changed drag handler into its store, and each store update runs every node's and link's
  // selectors (thousands on a large map), so the handlers below depend on the callbacks only.
  const { start: carryStart, drag: carryDrag, stop: carryStop } = useZoneCarry(map, setNodes);
  const [edges, setEdges] = useState<LienEdgeType[]>(() => syncEdges([], map.links));
  useClipboard(
    map,
    () => ({
      actorIds: nodes.filter((n) => n.selected && n.type === 'acteur').map((n) => n.id),
      noteIds: nodes.filter((n) => n.selected && n.type === 'note').map((n) => n.id),
    }),
    (actorIds) => {
      const chosen = new Set(actorIds);
      setNodes((current) =>
        current.map((n) => (n.selected !== chosen.has(n.id) ? { ...n, selected: chosen.has(n.id) } : n)),
      );
    },
  );
  const labelsReadable = useLabelsReadable();
  const shared = useCanvasValue(map.codebook);
  // Translated once: the canvas re-renders on every frame of a drag, and a translation costs.
  const canvasLabel = useMemo(() => t('carte.canvasLabel'), [t]);
  const [overlay, setOverlay] = useState<Overlay>(null);
  const closeOverlay = useCallback(() => setOverlay(null), []);

  /** Selects one actor alone and brings it to the middle of the wall. */
  const goToActor = useCallback(
    (id: string) => {
      setOverlay(null);
      setNodes((current) => current.map((n) => (n.selected !== (n.id === id) ? { ...n, selected: n.id === id } : n)));
      setEdges((current) => current.map((e) => (e.selected ? { ...e, selected: false } : e)));
      void flow.fitView({ nodes: [{ id }], duration: 300, maxZoom: 1.4, padding: 0.6 });
    },
    [flow],
  );
  // « Voir sur la carte » from the Club's library of practices.
  useFocusRequest(goToActor);
  // Fit only a map that has actors when opened: on an empty one React Flow would zoom onto the
  // first actor added, moving the canvas under the facilitator's hand.
  const [fitOnOpen] = useState(map.actors.length + map.zones.length + map.notes.length > 0);

  useEffect(
    () => setNodes((previous) => syncCarteNodes(previous, { actors: map.actors, notes: map.notes, zones: map.zones })),
    [map.actors, map.notes, map.zones],
  );
  useEffect(() => setEdges((previous) => syncEdges(previous, map.links)), [map.links]);
  // The room's measure and groups (« Vues et mesures »): the editor shows what the wall shows.
  useWallMeasure(carte, map);
  const display = useCarte((state) => state.display);
  // Filters and focus dim what they leave out; only nodes and links whose state changes are touched.
  const view = useCarte((state) => state.view);
  // Represented at the workshop is read from the tour de table, for the representation filter.
  const participants = useCarte((state) => state.workshop?.participants);
  const dimmed = useMemo(
    () => dimmedBy(map, view, view.representation ? representedActorIds(participants ?? [], map.actors) : undefined),
    [map, view, participants],
  );
  useEffect(() => {
    carte.getState().setDimmed(dimmed);
    setNodes((current) =>
      current.map((node) => {
        const className = node.type === 'acteur' && dimmed.actors.has(node.id) ? 'estompe' : undefined;
        return node.className === className ? node : { ...node, className };
      }),
    );
    setEdges((current) =>
      current.map((edge) => {
        const className = dimmed.links.has(edge.id) ? 'estompe' : undefined;
        return edge.className === className ? edge : { ...edge, className };
      }),
    );
  }, [carte, dimmed]);
  useEffect(() => {
    const selected = nodes.filter((n) => n.selected);
    onSelection(
      selected.filter(isActeurNode).map((n) => n.id),
      edges.filter((e) => e.selected).map((e) => e.id),
      selected.filter(isNoteNode).map((n) => n.id),
      selected.filter(isZoneNode).map((n) => n.id),
    );
  }, [nodes, edges, onSelection]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CarteNode>[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<LienEdgeType>[]) => setEdges((current) => applyEdgeChanges(changes, current)),
    [],
  );

  const addActorAt = useAddActor(map, nodes, setNodes);
  useCarteActions({ map, nodes, setNodes, setEdges, addActorAt, setOverlay });

  const onConnect = useCallback(
    (connection: Connection) => {
      if (connection.source === connection.target) return;
      const target = flow.getInternalNode(connection.target);
      const at = target
        ? flow.flowToScreenPosition({
            x: target.internals.positionAbsolute.x + (target.measured.width ?? 0) / 2,
            y: target.internals.positionAbsolute.y + (target.measured.height ?? 0),
          })
        : { x: window.innerWidth / 2, y: window.innerHeight / 2 };
      carte.getState().setPendingLink({ source: connection.source, target: connection.target, x: at.x, y: at.y });
    },
    [carte, flow],
  );

  const onNodeDragStart = useCallback(
    (_event: unknown, _node: CarteNode, dragged: CarteNode[]) => {
      carte.getState().setGesture(true);
      carryStart(dragged);
    },
    [carte, carryStart],
  );
  const onNodeDrag = useCallback(
    (_event: unknown, _node: CarteNode, dragged: CarteNode[]) => carryDrag(dragged),
    [carryDrag],
  );
  // Actors, notes and zones moved together (a zone carries what lies in it) make one undo step.
  const onNodeDragStop = useCallback(
    (_event: unknown, _node: CarteNode, dragged: CarteNode[]) => {
      carte.getState().setGesture(false);
      const ops = positionOps(map, carryStop(dragged));
      if (ops.length > 0) apply(ops);
    },
    [apply, carte, map, carryStop],
  );

  const onGestureStart = useCallback(() => carte.getState().setGesture(true), [carte]);
  const onGestureEnd = useCallback(() => carte.getState().setGesture(false), [carte]);

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      if ((event.target as Element).classList.contains('react-flow__pane')) {
        addActorAt({ x: event.clientX, y: event.clientY });
      }
    },
    [addActorAt],
  );

  const onNodeDoubleClick = useCallback(
    (_event: MouseEvent, node: CarteNode) => {
      carte.getState().setEditing(node.id);
    },
    [carte],
  );

  return (
    <div className="canevas">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: double-click is the mouse shortcut; the keyboard has N and the toolbar */}
      <div className="canevas-surface" onDoubleClick={onDoubleClick}>
        <CanvasContext.Provider value={shared}>
          <ReactFlow<CarteNode, LienEdgeType>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            defaultEdgeOptions={defaultEdgeOptions}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={onConnect}
            onNodeDragStart={onNodeDragStart}
            onNodeDrag={onNodeDrag}
            onNodeDragStop={onNodeDragStop}
            onConnectStart={onGestureStart}
            onConnectEnd={onGestureEnd}
            onNodeDoubleClick={onNodeDoubleClick}
            connectionMode={ConnectionMode.Strict}
            connectionRadius={90}
            deleteKeyCode={null}
            zoomOnDoubleClick={false}
            fitView={fitOnOpen}
            fitViewOptions={fitViewOptions}
            minZoom={0.1}
            maxZoom={3}
            aria-label={canvasLabel}
            proOptions={proOptions}
          >
            <Background gap={32} color="#d0d4da" />
            <GroupesCalque actors={map.actors} />
            <Controls showInteractive={false} position="bottom-right" />
          </ReactFlow>
        </CanvasContext.Provider>
        {map.actors.length === 0 && overlay === null && <p className="carte-vide">{t('carte.emptyHint')}</p>}
        {overlay === null && <FiltreBandeau map={map} />}
        {!labelsReadable && map.links.length > 0 && <IndiceZoom />}
        {overlay === 'saisie' && <CommandBar map={map} onClose={closeOverlay} />}
        {overlay === 'recherche' && <FindActor map={map} onFound={goToActor} onClose={closeOverlay} />}
      </div>
      <Legende codebook={map.codebook} actors={map.actors} links={map.links} display={display} />
    </div>
  );
}
