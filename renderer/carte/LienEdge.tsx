import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { createPortal } from 'react-dom';
import { findLinkKind } from '../../shared/domain/codebook.js';
import { desiredDash, intensityWidths, qualityIcons } from '../../shared/domain/link-style.js';
import { fittingLabel } from '../../shared/map-picture/link-label.js';
import { fastT as t } from '../i18n/fast-t.js';
import { notesOn } from '../notes/attached-notes.js';
import { countLinkRender } from './bench-counter.js';
import { useCanvasShared } from './canvas-context.js';
import { useCarte } from './carte-context.js';
import { useActorBox, useLabelLayer } from './flow-hooks.js';
import type { LienEdgeType } from './flow-sync.js';
import { linkGeometry } from './geometry.js';
import { LienEtiquette, roomForWords } from './LienEtiquette.js';

/**
 * A cooperation: a line between the two actors' outlines in its kind's colour, thicker when
 * stronger, dashed when it is only wished for, with its kind written on it and its quality
 * shown by an icon (colour is never the only clue).
 */
export const LienEdge = memo(function LienEdge({
  id,
  source,
  target,
  data,
  selected,
  markerEnd,
}: EdgeProps<LienEdgeType>) {
  countLinkRender(id);
  const from = useActorBox(source);
  const to = useActorBox(target);
  const layer = useLabelLayer();
  const shared = useCanvasShared();
  const noteCount = useCarte((state) => notesOn(state.map?.notes, 'link', id).length);
  const dimmed = useCarte((state) => state.dimmed.links.has(id));
  if (!from || !to || !data || !shared) return null;
  const boxOf = (node: NonNullable<typeof from>) => ({
    ...node.internals.positionAbsolute,
    width: node.measured.width ?? 0,
    height: node.measured.height ?? 0,
  });
  const { link, parallel } = data;
  const { path, label, length } = linkGeometry(boxOf(from), boxOf(to), parallel, source > target);
  const kind = findLinkKind(shared.codebook, link.kind);
  const width = intensityWidths[link.intensity];
  const icon = link.quality ? qualityIcons[link.quality] : '';
  const text =
    layer && shared.linkWords !== false
      ? fittingLabel(kind.label, roomForWords(length, layer.fontSize, icon, noteCount), layer.fontSize)
      : '';
  const title = [
    kind.label,
    t(`domaine.intensity.${link.intensity}`),
    link.quality ? t(`domaine.quality.${link.quality}`) : '',
    link.status === 'desired' ? t('domaine.status.desired') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      {selected && <path d={path} className="lien-halo" strokeWidth={width + 10} />}
      <BaseEdge
        id={id}
        path={path}
        markerEnd={link.directed ? markerEnd : undefined}
        style={{
          stroke: kind.color,
          strokeWidth: width,
          strokeDasharray: link.status === 'desired' ? desiredDash(width) : undefined,
        }}
        interactionWidth={24}
      />
      {(text || icon || noteCount > 0) &&
        layer &&
        createPortal(
          <LienEtiquette
            x={label.x}
            y={label.y}
            fontSize={layer.fontSize}
            text={text}
            icon={icon}
            iconLabel={t(`domaine.quality.${link.quality ?? 'aucune'}`)}
            noteCount={noteCount}
            noteLabel={noteCount > 0 ? t('notes.badge', { count: noteCount }) : ''}
            color={kind.color}
            title={title}
            className={`lien-etiquette${selected ? ' selectionne' : ''}${link.quality ? ` qualite-${link.quality}` : ''}${link.status === 'desired' ? ' souhaite' : ''}${dimmed ? ' estompe' : ''}`}
            linkId={id}
          />,
          layer.svg,
        )}
    </>
  );
});
