import { type InternalNode, type ReactFlowState, useStore, useStoreApi } from '@xyflow/react';
import { useCallback, useSyncExternalStore } from 'react';
import type { ActeurNodeType } from './flow-sync.js';

/**
 * What links read from React Flow's store, read the cheap way. Every `useStore` subscriber runs
 * its selector on every store update, several per frame of a drag: with 1,000 links reading two
 * actors each, that was thousands of selector calls per frame to wake the two or three links
 * that touch the dragged actor. Here one listener per canvas compares the watched actors and
 * wakes only the links whose actor changed.
 */

/**
 * Below this zoom a link’s label would be drawn under 5 px: on the wall that is a speck, not a
 * word, and a dense map fitted to the screen is covered with specks. Labels come back as soon as
 * the facilitator zooms in (or the wall follows the editor's view).
 */
export const minLabelZoom = 0.35;
const labelsReadableAt = (s: ReactFlowState) => s.transform[2] >= minLabelZoom;
const showLabelsAfterMs = 250;

type ActorBox = InternalNode<ActeurNodeType>;
interface FlowStore {
  getState(): ReactFlowState;
  subscribe(listener: (state: ReactFlowState) => void): () => void;
}

class CanvasWatch {
  private readonly actors = new Map<string, { node: ActorBox | undefined; listeners: Set<() => void> }>();
  private readonly domListeners = new Set<() => void>();
  private domNode: HTMLDivElement | null = null;
  /** Whether labels are drawn: they appear once the zoom has stayed readable a moment. */
  private readable = false;
  private showing: ReturnType<typeof setTimeout> | undefined;
  private stop: (() => void) | undefined;
  private labelLayer: LabelLayer | null = null;

  constructor(private readonly store: FlowStore) {}

  /**
   * React Flow keeps an internal node object while its actor is unchanged and replaces it when
   * the actor moves or is measured, so comparing references says what changed.
   */
  private readonly onChange = (state: ReactFlowState) => {
    for (const [id, watched] of this.actors) {
      const node = state.nodeLookup.get(id) as ActorBox | undefined;
      if (node === watched.node) continue;
      watched.node = node;
      for (const listener of watched.listeners) listener();
    }
    if (state.domNode !== this.domNode) {
      this.domNode = state.domNode;
      this.notifyLayer();
    }
    this.followZoom(state);
  };

  private notifyLayer(): void {
    for (const listener of this.domListeners) listener();
  }

  /**
   * Labels go as soon as the zoom makes them specks, and come back once it has stayed readable
   * for a moment: a map opening at zoom 1 and gliding to fit a large map, or a facilitator
   * zooming through, does not build and tear down every label on the way.
   */
  private followZoom(state: ReactFlowState): void {
    const wanted = !state.fitViewQueued && labelsReadableAt(state);
    if (!wanted) {
      clearTimeout(this.showing);
      this.showing = undefined;
      if (this.readable) {
        this.readable = false;
        this.notifyLayer();
      }
      return;
    }
    if (this.readable || this.showing) return;
    this.showing = setTimeout(() => {
      this.showing = undefined;
      const now = this.store.getState();
      if (this.stop && !now.fitViewQueued && labelsReadableAt(now)) {
        this.readable = true;
        this.notifyLayer();
      }
    }, showLabelsAfterMs);
  }

  private listen(): void {
    if (this.stop) return;
    const state = this.store.getState();
    this.domNode = state.domNode;
    for (const [id, watched] of this.actors) watched.node = state.nodeLookup.get(id) as ActorBox | undefined;
    this.stop = this.store.subscribe(this.onChange);
    this.followZoom(state);
  }

  private release(): void {
    if (this.actors.size > 0 || this.domListeners.size > 0) return;
    this.stop?.();
    this.stop = undefined;
    clearTimeout(this.showing);
    this.showing = undefined;
    this.readable = false;
  }

  watchActor(id: string, listener: () => void): () => void {
    let watched = this.actors.get(id);
    if (!watched) {
      watched = { node: this.store.getState().nodeLookup.get(id) as ActorBox | undefined, listeners: new Set() };
      this.actors.set(id, watched);
    }
    watched.listeners.add(listener);
    this.listen();
    return () => {
      watched.listeners.delete(listener);
      if (watched.listeners.size === 0) this.actors.delete(id);
      this.release();
    };
  }

  actor(id: string): ActorBox | undefined {
    return this.store.getState().nodeLookup.get(id) as ActorBox | undefined;
  }

  watchDom(listener: () => void): () => void {
    this.domListeners.add(listener);
    this.listen();
    return () => {
      this.domListeners.delete(listener);
      this.release();
    };
  }

  /**
   * The layer link labels are drawn in: one SVG inside React Flow's edge label layer (so above
   * the lines, below the actors, moved and zoomed with the map), made once per canvas. None while
   * labels would be too small to read: then no label is rendered at all.
   */
  layer(): LabelLayer | null {
    const domNode = this.store.getState().domNode;
    if (!domNode || !this.readable) return null;
    if (this.labelLayer?.svg.isConnected && this.labelLayer.canvas === domNode) return this.labelLayer;
    const host = domNode.querySelector<HTMLElement>('.react-flow__edgelabel-renderer');
    if (!host) return null;
    let svg = host.querySelector<SVGSVGElement>(':scope > svg.lien-etiquettes');
    if (!svg) {
      svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('class', 'lien-etiquettes');
      host.append(svg);
    }
    // The wall writes larger than the editor (projecteur.css): the size comes from the page.
    const fontSize = Number.parseFloat(getComputedStyle(svg).fontSize) || 13;
    this.labelLayer = { svg, fontSize, canvas: domNode };
    return this.labelLayer;
  }
}

export interface LabelLayer {
  svg: SVGSVGElement;
  fontSize: number;
  /** The canvas element the layer was made in. */
  canvas: HTMLDivElement;
}

const watches = new WeakMap<FlowStore['getState'], CanvasWatch>();

function useCanvasWatch(): CanvasWatch {
  const store = useStoreApi() as FlowStore;
  let watch = watches.get(store.getState);
  if (!watch) {
    watch = new CanvasWatch(store);
    watches.set(store.getState, watch);
  }
  return watch;
}

/** The internal node of an actor; the calling link re-renders only when that actor changes. */
export function useActorBox(id: string): ActorBox | undefined {
  const watch = useCanvasWatch();
  const subscribe = useCallback((listener: () => void) => watch.watchActor(id, listener), [watch, id]);
  const snapshot = useCallback(() => watch.actor(id), [watch, id]);
  return useSyncExternalStore(subscribe, snapshot);
}

/** The SVG layer link labels are portalled into, and the size they are written at. */
export function useLabelLayer(): LabelLayer | null {
  const watch = useCanvasWatch();
  const subscribe = useCallback((listener: () => void) => watch.watchDom(listener), [watch]);
  const snapshot = useCallback(() => watch.layer(), [watch]);
  return useSyncExternalStore(subscribe, snapshot);
}

/** Whether link labels are drawn large enough to read at the canvas's zoom. */
export function useLabelsReadable(): boolean {
  return useStore(labelsReadableAt);
}
