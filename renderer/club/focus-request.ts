import { useNodesInitialized } from '@xyflow/react';
import { useEffect } from 'react';
import { useCarteStore } from '../carte/carte-context.js';

/**
 * « Voir sur la carte » from the Club: which node to select and centre once the workshop's map
 * is open. Kept here, not in the URL, so that reloading the editor does not jump again.
 */
let pending: { workshopId: string; nodeId: string } | null = null;

export function requestFocus(workshopId: string, nodeId: string): void {
  pending = { workshopId, nodeId };
}

/** In the map: once the nodes are measured, goes to the requested node of this workshop, once. */
export function useFocusRequest(goTo: (nodeId: string) => void): void {
  const initialized = useNodesInitialized();
  const carte = useCarteStore();
  useEffect(() => {
    if (!initialized || !pending) return;
    const { workshop, map } = carte.getState();
    if (!workshop || pending.workshopId !== workshop.id) return;
    const { nodeId } = pending;
    pending = null;
    const known = map?.actors.some((a) => a.id === nodeId) || map?.notes.some((n) => n.id === nodeId);
    // After React Flow's own fit on open, which would otherwise undo the zoom.
    if (known) window.setTimeout(() => goTo(nodeId), 350);
  }, [carte, initialized, goTo]);
}
