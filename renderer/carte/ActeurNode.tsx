import { Handle, type NodeProps, Position } from '@xyflow/react';
import { type CSSProperties, memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { findCategory } from '../../shared/domain/codebook.js';
import { frenchSpacing } from '../../shared/text/french-spacing.js';
import { fastT as t } from '../i18n/fast-t.js';
import { NoteBadge } from '../notes/NoteBadge.js';
import { useFocusWhenShown } from '../ui/use-focus-when-shown.js';
import { countActorRender } from './bench-counter.js';
import { useCanvasShared } from './canvas-context.js';
import { useCarte, useCarteStore } from './carte-context.js';
import type { ActeurNodeType } from './flow-sync.js';
import { InfluenceTour } from './InfluenceTour.js';
import { outlineOf, shapePadding } from './outline.js';

function LabelEditor({ id, initial }: { id: string; initial: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  const carte = useCarteStore();

  useFocusWhenShown(input);

  function finish(commit: boolean) {
    if (done.current) return;
    done.current = true;
    const { apply, setEditing, editingNew } = carte.getState();
    const label = input.current?.value.trim() ?? '';
    if (commit && label && label !== initial) {
      apply([{ type: 'actor.update', id, patch: { label } }], { merge: editingNew });
    }
    setEditing(null);
  }

  return (
    <input
      ref={input}
      className="acteur-saisie nodrag"
      aria-label={t('carte.editLabel')}
      defaultValue={initial}
      maxLength={200}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') finish(true);
        if (event.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}

/** Names longer than this may need more than four lines at the canvas's type size. */
const longName = 40;

/** One actor on the canvas: its category's shape and colour, its name in large type. */
export const ActeurNode = memo(function ActeurNode({ id, data, selected }: NodeProps<ActeurNodeType>) {
  countActorRender(id);
  const shared = useCanvasShared();
  const editing = useCarte((state) => state.editingId === id);
  // The measure's size and the group's letter, when the facilitator shows them (renderer/vues/).
  const mark = useCarte((state) => state.display.marks.get(id));
  const { actor } = data;
  if (!shared) return null;
  const category = findCategory(shared.codebook, actor.category);
  const outline = outlineOf(category.shape, category.color, selected);
  // The wall's plan gives a measured actor a bigger box itself; elsewhere the box grows here.
  const sized = mark !== undefined && mark.scale !== 1 && !shared.sizedBoxes;
  return (
    <div
      className={`acteur ${outline.className}${sized ? ' mesure' : ''}`}
      style={{
        ...(shared.sizedBoxes ? {} : { padding: shapePadding(category.shape) }),
        ...outline.style,
        ...(sized ? ({ '--echelle': mark?.scale } as CSSProperties) : {}),
      }}
      data-category={category.id}
      data-shape={category.shape}
      title={`${actor.label} — ${category.label}`}
    >
      {editing ? (
        <LabelEditor id={id} initial={actor.label} />
      ) : (
        // Only a long name is clipped to four lines: a clip is one more layer for the browser.
        <span className={actor.label.length > longName ? 'acteur-nom long' : 'acteur-nom'}>
          {frenchSpacing(actor.label)}
        </span>
      )}
      <NoteBadge actorId={id} />
      {actor.influence !== undefined && <InfluenceTour value={actor.influence} />}
      {mark?.letter && (
        <span className="acteur-groupe" role="img" aria-label={t('mesures.groupLetter', { letter: mark.letter })}>
          {mark.letter}
        </span>
      )}
      {actor.pinned && (
        <span className="acteur-epingle" role="img" aria-label={t('panneau.pinned')}>
          ⚑
        </span>
      )}
      <Handle type="target" position={Position.Top} className="poignee-cible" isConnectableStart={false} />
      <Handle type="source" position={Position.Right} className="poignee-source" title="Relier" />
    </div>
  );
});
