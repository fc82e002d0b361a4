import { type NodeProps, NodeResizer, type ResizeParams, useStore } from '@xyflow/react';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../shared/domain/limits.js';
import { useCarte, useCarteStore } from '../carte/carte-context.js';
import type { ZoneNodeType } from '../carte/carte-nodes.js';

function LabelEditor({ id, initial }: { id: string; initial: string }) {
  const { t } = useTranslation();
  const done = useRef(false);
  const carte = useCarteStore();
  function finish(value: string | null) {
    if (done.current) return;
    done.current = true;
    const { apply, setEditing, editingNew } = carte.getState();
    const label = value?.trim();
    if (label !== undefined && label !== initial) {
      apply([{ type: 'zone.update', id, patch: { label } }], { merge: editingNew });
    }
    setEditing(null);
  }
  return (
    <input
      className="zone-saisie nodrag"
      aria-label={t('zones.editLabel')}
      defaultValue={initial}
      maxLength={limits.label}
      // biome-ignore lint/a11y/noAutofocus: the field opens because the facilitator asked to name the zone
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') finish(event.currentTarget.value);
        if (event.key === 'Escape') finish(null);
      }}
      onBlur={(event) => finish(event.currentTarget.value)}
    />
  );
}

const minSize = 120;

/**
 * Zoomed out on a whole écocarte, a 24 px label would shrink to a few pixels: it grows back so that
 * it reads at about 16 px on the wall, up to 2.5 times its size (more would cover the actors).
 */
const labelScale = (s: { transform: [number, number, number] }) =>
  Math.round(Math.min(2.5, Math.max(1, 0.7 / s.transform[2])) * 10) / 10;

/**
 * A labelled region drawn behind the actors. Only its label takes the pointer (drag it to move the
 * zone and what lies in it), so that double-clicking inside a zone still adds an actor there.
 */
export const ZoneNode = memo(function ZoneNode({ id, data, selected }: NodeProps<ZoneNodeType>) {
  const { t } = useTranslation();
  const editing = useCarte((state) => state.editingId === id);
  const carte = useCarteStore();
  const scale = useStore(labelScale);
  const { zone } = data;
  const onResizeEnd = (_event: unknown, size: ResizeParams) => {
    const { apply, setGesture } = carte.getState();
    setGesture(false);
    const patch = {
      x: Math.round(size.x),
      y: Math.round(size.y),
      width: Math.max(minSize, Math.round(size.width)),
      height: Math.max(minSize, Math.round(size.height)),
    };
    if (patch.x !== zone.x || patch.y !== zone.y || patch.width !== zone.width || patch.height !== zone.height) {
      apply([{ type: 'zone.update', id, patch }]);
    }
  };
  return (
    <div
      className={`zone zone-${zone.shape}${selected ? ' selectionnee' : ''}`}
      style={{ borderColor: zone.color, background: `color-mix(in srgb, ${zone.color} 9%, transparent)` }}
      data-zone={zone.label}
    >
      <NodeResizer
        isVisible={selected}
        minWidth={minSize}
        minHeight={minSize}
        keepAspectRatio={zone.shape === 'cercle'}
        color="#111418"
        handleClassName="zone-poignee"
        lineClassName="zone-cadre"
        onResizeStart={() => carte.getState().setGesture(true)}
        onResizeEnd={onResizeEnd}
      />
      <div
        className="zone-etiquette"
        style={{ borderColor: zone.color, ['--echelle' as string]: scale }}
        title={t('zones.dragHint')}
      >
        {editing ? (
          <LabelEditor id={id} initial={zone.label} />
        ) : (
          <span className="zone-nom">{zone.label || t('zones.unnamed')}</span>
        )}
      </div>
    </div>
  );
});
