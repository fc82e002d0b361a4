import {
  applyNodeChanges,
  getViewportForBounds,
  type NodeChange,
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useReactFlow,
  useStoreApi,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import type { WallView } from '../../shared/atelier/wall-view.js';
import type { MapState } from '../../shared/domain/model.js';
import type { Dimmed } from '../../shared/domain/view-filter.js';
import { ActeurNode } from '../carte/ActeurNode.js';
import { CanvasContext, useCanvasValue } from '../carte/canvas-context.js';
import { CarteProvider } from '../carte/carte-context.js';
import { type CarteNode, syncCarteNodes } from '../carte/carte-nodes.js';
import { createCarteStore, noneDimmed } from '../carte/carte-store.js';
import { type LienEdgeType, syncEdges } from '../carte/flow-sync.js';
import { Legende } from '../carte/Legende.js';
import { LienEdge } from '../carte/LienEdge.js';
import { NoteNode } from '../notes/NoteNode.js';
import { type CanvasDisplay, noDisplay } from '../vues/canvas-display.js';
import { GroupesCalque } from '../vues/GroupesCalque.js';
import { ZoneNode } from '../zones/ZoneNode.js';

const nodeTypes = { acteur: ActeurNode, note: NoteNode, zone: ZoneNode };
const edgeTypes = { lien: LienEdge };
const proOptions = { hideAttribution: true };
/** Room around the whole map when it is fitted to the canvas. */
const fitPadding = 0.06;

/** Within half a pixel and a thousandth of zoom: nothing on screen would move. */
function sameViewport(a: Viewport, b: Viewport): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 0.001;
}

/** A class per element id: highlighted, dimmed, added, removed, changed… */
export type Marks = ReadonlyMap<string, string>;

/** A size per node id, in map units, for a map laid out with its boxes (the wall's plan). */
export type Sizes = ReadonlyMap<string, { width: number; height: number }>;

interface CarteLectureProps {
  map: MapState;
  /** The region to show, in map coordinates; null shows the whole map. */
  area: WallView['area'];
  marks?: Marks;
  /** Dimmed actors and links (the wall's focus); nothing is dimmed when absent. */
  dimmed?: Dimmed;
  /** Actors sized by a measure, groups outlined (the wall's « Vues et mesures »). */
  display?: CanvasDisplay;
  legend?: boolean;
  /** Largest zoom when the whole map is shown: a small map grows, up to this. */
  maxZoom?: number;
  label: string;
  /**
   * The map is already laid out in the canvas's pixels (the wall's plan): shown whole at zoom 1
   * rather than fitted, each node at its given size.
   */
  laidOut?: { sizes: Sizes; linkWords: boolean };
}

function marked<T extends { id: string; className?: string }>(items: readonly T[], marks: Marks | undefined): T[] {
  return items.map((item) => {
    const className = marks?.get(item.id);
    return item.className === className ? item : { ...item, className };
  });
}

/** Nodes at the sizes of a laid-out map (zones keep their own). */
function sized(nodes: CarteNode[], sizes: Sizes | undefined): CarteNode[] {
  if (!sizes) return nodes;
  return nodes.map((node) => {
    const size = sizes.get(node.id);
    if (!size || (node.width === size.width && node.height === size.height)) return node;
    return { ...node, width: size.width, height: size.height };
  });
}

function Lecture({ map, area, marks, maxZoom = 1.6, label, laidOut }: CarteLectureProps) {
  const flow = useReactFlow<CarteNode, LienEdgeType>();
  const sizes = laidOut?.sizes;
  const [nodes, setNodes] = useState<CarteNode[]>(() => sized(marked(syncCarteNodes([], map), marks), sizes));
  const [edges, setEdges] = useState<LienEdgeType[]>(() => marked(syncEdges([], map.links), marks));
  const measured = useNodesInitialized();
  const store = useStoreApi<CarteNode, LienEdgeType>();
  // An earlier version is drawn with its own codebook.
  const shared = useCanvasValue(map.codebook, {
    sizedBoxes: laidOut !== undefined,
    linkWords: laidOut?.linkWords ?? true,
  });

  useEffect(
    () =>
      setNodes((previous) =>
        sized(
          marked(syncCarteNodes(previous, { actors: map.actors, notes: map.notes, zones: map.zones }), marks),
          sizes,
        ),
      ),
    [map.actors, map.notes, map.zones, marks, sizes],
  );
  useEffect(() => setEdges((previous) => marked(syncEdges(previous, map.links), marks)), [map.links, marks]);

  // Only sizes come back from React Flow: nothing on this map can be moved or selected.
  const onNodesChange = useCallback(
    (changes: NodeChange<CarteNode>[]) =>
      setNodes((current) =>
        applyNodeChanges(
          changes.filter((c) => c.type === 'dimensions'),
          current,
        ),
      ),
    [],
  );

  // The whole map again when it grows or shrinks; the facilitator's region when following. A
  // laid-out map is the canvas itself: zoom 1, nothing to fit.
  const whole = laidOut !== undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the map's elements are what a refit follows
  useEffect(() => {
    if (!measured) return;
    if (area) {
      void flow.fitBounds(area, { padding: 0, duration: 250 });
      return;
    }
    // Most changes (a name added among the others) leave the view where it stands: an animation
    // to the same place would still redraw the canvas for 250 ms on the wall's main thread, while
    // the next change arrives. It runs only when the view moves.
    const { width, height, minZoom } = store.getState();
    const target = whole
      ? { x: 0, y: 0, zoom: 1 }
      : getViewportForBounds(flow.getNodesBounds(flow.getNodes()), width, height, minZoom, maxZoom, fitPadding);
    if (sameViewport(flow.getViewport(), target)) return;
    if (whole) void flow.setViewport(target, { duration: 250 });
    else void flow.fitView({ padding: fitPadding, maxZoom, duration: 250 });
  }, [flow, store, measured, area, maxZoom, whole, map.actors, map.zones, map.notes]);
  useEffect(() => {
    if (area || whole || !measured) return;
    const refit = () => void flow.fitView({ padding: fitPadding, maxZoom });
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, [flow, measured, area, whole, maxZoom]);

  return (
    <CanvasContext.Provider value={shared}>
      <ReactFlow<CarteNode, LienEdgeType>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        panOnDrag={false}
        panOnScroll={false}
        zoomOnScroll={false}
        zoomOnPinch={false}
        zoomOnDoubleClick={false}
        preventScrolling={false}
        minZoom={0.05}
        maxZoom={4}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        aria-label={label}
        proOptions={proOptions}
      >
        <GroupesCalque actors={map.actors} />
      </ReactFlow>
    </CanvasContext.Provider>
  );
}

/**
 * The map drawn read-only, with the editor's own actor, link, note and zone components (the wall
 * shows exactly what the facilitator drew) and none of its chrome: no handles, no selection, no
 * dragging. Used by the projector, the presentation (F5) and the versions.
 */
export function CarteLecture(props: CarteLectureProps) {
  // A store of its own: a version in the dialog or the wall counts notes and dims on the map it
  // draws, not on the editor's. Given before paint, so no frame shows the previous map's counts.
  const [store] = useState(() => createCarteStore(null, props.map));
  const { map, dimmed = noneDimmed, display = noDisplay } = props;
  useLayoutEffect(() => store.setState({ map, dimmed, display }), [store, map, dimmed, display]);
  return (
    <div className="carte-lecture">
      <div className="carte-lecture-flux">
        <CarteProvider store={store}>
          <ReactFlowProvider>
            <Lecture {...props} />
          </ReactFlowProvider>
        </CarteProvider>
      </div>
      {(props.legend ?? true) && (
        <Legende codebook={props.map.codebook} actors={props.map.actors} links={props.map.links} />
      )}
    </div>
  );
}
