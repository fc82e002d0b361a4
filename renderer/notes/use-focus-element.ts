import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import type { MapState, Note } from '../../shared/domain/model.js';
import type { CarteNode } from '../carte/carte-nodes.js';
import type { LienEdgeType } from '../carte/flow-sync.js';
import { useNotesUi } from './notes-ui.js';

const zoom = { duration: 300, maxZoom: 1.3, padding: 0.5 };

/**
 * Selects a note (a free one on the canvas, an attached one through its actor or link, opened in
 * the side panel) and brings it to the middle of the wall.
 */
export function useFocusNote(map: MapState) {
  const flow = useReactFlow<CarteNode, LienEdgeType>();
  const store = useStoreApi<CarteNode, LienEdgeType>();
  return useCallback(
    (note: Note) => {
      const { addSelectedNodes, addSelectedEdges } = store.getState();
      const target = note.attachedTo;
      if (!target) {
        useNotesUi.getState().openNote(null);
        addSelectedNodes([note.id]);
        void flow.fitView({ ...zoom, nodes: [{ id: note.id }] });
        return;
      }
      useNotesUi.getState().openNote(note.id);
      if (target.type === 'actor') {
        addSelectedNodes([target.id]);
        void flow.fitView({ ...zoom, nodes: [{ id: target.id }] });
        return;
      }
      const link = map.links.find((l) => l.id === target.id);
      addSelectedEdges([target.id]);
      if (link) void flow.fitView({ ...zoom, nodes: [{ id: link.source }, { id: link.target }] });
    },
    [flow, store, map.links],
  );
}
