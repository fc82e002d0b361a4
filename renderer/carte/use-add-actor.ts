import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MapState, newActor } from '../../shared/domain/model.js';
import { useCarteStore } from './carte-context.js';
import { type CarteNode, isActeurNode } from './carte-nodes.js';
import type { LienEdgeType } from './flow-sync.js';

/** Half the usual size of an actor, so that a new one is centred where it is asked for. */
const halfActor = { x: 85, y: 32 };

/**
 * Adds an actor at a point of the screen (double-click, N, the rail) and opens its name for
 * typing. A new actor takes the category of the last one selected: people list partners by family.
 */
export function useAddActor(
  map: MapState,
  nodes: readonly CarteNode[],
  setNodes: (update: (nodes: CarteNode[]) => CarteNode[]) => void,
): (screen: { x: number; y: number }) => void {
  const { t } = useTranslation();
  const flow = useReactFlow<CarteNode, LienEdgeType>();
  const carte = useCarteStore();
  const [lastCategory, setLastCategory] = useState('autres');

  useEffect(() => {
    const selected = nodes.filter((n) => n.selected);
    const only = selected[0];
    if (selected.length === 1 && only && isActeurNode(only)) setLastCategory(only.data.actor.category);
  }, [nodes]);

  return useCallback(
    (screen: { x: number; y: number }) => {
      const at = flow.screenToFlowPosition(screen);
      const id = crypto.randomUUID();
      const known = map.codebook.categories.some((c) => c.id === lastCategory);
      const category = known ? lastCategory : (map.codebook.categories.at(-1)?.id ?? 'autres');
      const actor = newActor({
        id,
        label: t('carte.newActorLabel'),
        category,
        x: Math.round(at.x - halfActor.x),
        y: Math.round(at.y - halfActor.y),
      });
      carte.getState().apply([{ type: 'actor.add', actor }]);
      setNodes((current) => current.map((n) => (n.selected ? { ...n, selected: false } : n)));
      carte.getState().setEditing(id, true);
    },
    [carte, flow, lastCategory, map.codebook.categories, setNodes, t],
  );
}
