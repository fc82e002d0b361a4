import { type InternalNode, useStore } from '@xyflow/react';
import { useCallback } from 'react';
import type { ActeurNodeType } from './flow-sync.js';

/**
 * Hooks that read React Flow's store the cheap way: every link subscribes to the store, and with
 * 1,000 actors and 1,500 links each store update (several per frame of a drag) runs all their
 * selectors, so a selector must cost next to nothing.
 */

/**
 * The internal node of an actor, compared by reference: React Flow replaces an internal node
 * when it changes and keeps it otherwise, so this is what useInternalNode's shallow comparison
 * of every field decides, at a fraction of its cost.
 */
export function useActorBox(id: string): InternalNode<ActeurNodeType> | undefined {
  return useStore(useCallback((s) => s.nodeLookup.get(id) as InternalNode<ActeurNodeType> | undefined, [id]));
}

const layers = new WeakMap<HTMLDivElement, HTMLElement>();
const selectDomNode = (s: { domNode: HTMLDivElement | null }) => s.domNode;

/**
 * The element React Flow's EdgeLabelRenderer portals into. EdgeLabelRenderer looks it up with a
 * `querySelector` inside a store selector, i.e. once per label on every store update; here it is
 * looked up once per canvas and kept.
 */
export function useLabelLayer(): HTMLElement | null {
  const domNode = useStore(selectDomNode);
  if (!domNode) return null;
  let layer = layers.get(domNode);
  if (!layer) {
    layer = domNode.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? undefined;
    if (layer) layers.set(domNode, layer);
  }
  return layer ?? null;
}
