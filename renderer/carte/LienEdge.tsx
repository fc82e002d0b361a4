import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { createPortal } from 'react-dom';
import { findLinkKind } from '../../shared/domain/codebook.js';
import { desiredDash, intensityWidths, qualityIcons } from '../../shared/domain/link-style.js';
import { useFastT } from '../i18n/use-fast-t.js';
import { notesOn } from '../notes/attached-notes.js';
import { NoteBadge } from '../notes/NoteBadge.js';
import { countLinkRender } from './bench-counter.js';
import { useCarte } from './carte-store.js';
import { useDimmed } from './dimmed-store.js';
import { useActorBox, useLabelLayer } from './flow-hooks.js';
import type { LienEdgeType } from './flow-sync.js';
import { linkGeometry } from './geometry.js';

/** Rough width of a 13 px bold label, enough to decide whether it fits between two actors. */
const pixelsPerChar = 7.6;
const labelPadding = 24;

/**
 * What fits on the visible part of the line: the kind's full name, else its first word, else
 * nothing (the colour and the legend remain, and the panel names it when the link is selected).
 */
export function labelFitting(label: string, room: number): string {
  const fits = (text: string) => text.length * pixelsPerChar + labelPadding <= room;
  if (fits(label)) return label;
  const firstWord = label.split(/[\s/’']+/)[0] ?? '';
  return firstWord && fits(firstWord) ? firstWord : '';
}

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
  const t = useFastT();
  const from = useActorBox(source);
  const to = useActorBox(target);
  const layer = useLabelLayer();
  const codebook = useCarte((state) => state.map?.codebook);
  const noteCount = useCarte((state) => notesOn(state.map?.notes, 'link', id).length);
  const dimmed = useDimmed((state) => state.links.has(id));
  if (!from || !to || !data || !codebook) return null;
  const boxOf = (node: NonNullable<typeof from>) => ({
    ...node.internals.positionAbsolute,
    width: node.measured.width ?? 0,
    height: node.measured.height ?? 0,
  });
  const { link, parallel } = data;
  const { path, label, length } = linkGeometry(boxOf(from), boxOf(to), parallel, source > target);
  const kind = findLinkKind(codebook, link.kind);
  const width = intensityWidths[link.intensity];
  const icon = link.quality ? qualityIcons[link.quality] : '';
  const text = labelFitting(kind.label, length - (icon ? 22 : 0));
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
          <div
            className={`lien-etiquette${selected ? ' selectionne' : ''}${link.quality ? ` qualite-${link.quality}` : ''}${link.status === 'desired' ? ' souhaite' : ''}${dimmed ? ' estompe' : ''}`}
            style={{
              transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)`,
              borderColor: kind.color,
            }}
            data-link-id={id}
            title={title}
          >
            {icon && (
              <span className="qualite" role="img" aria-label={t(`domaine.quality.${link.quality ?? 'aucune'}`)}>
                {icon}
              </span>
            )}
            {text}
            <NoteBadge type="link" id={id} />
          </div>,
          layer,
        )}
    </>
  );
});
