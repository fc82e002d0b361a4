import { BaseEdge, EdgeLabelRenderer, type EdgeProps, useInternalNode } from '@xyflow/react';
import { memo } from 'react';
import { findLinkKind, type Intensity } from '../../shared/domain/codebook.js';
import { useCarte } from './carte-store.js';
import type { LienEdgeType } from './flow-sync.js';
import { borderPoint, centerOf } from './geometry.js';

const widths: Record<Intensity, number> = { ponctuelle: 2.5, reguliere: 4, forte: 7 };
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
 * A cooperation: a straight line between the two actors' outlines, in its kind's colour,
 * with its kind written on it (colour is never the only clue). Desired links are dashed.
 */
export const LienEdge = memo(function LienEdge({
  id,
  source,
  target,
  data,
  selected,
  markerEnd,
}: EdgeProps<LienEdgeType>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  const codebook = useCarte((state) => state.map?.codebook);
  if (!from || !to || !data || !codebook) return null;
  const boxOf = (node: NonNullable<typeof from>) => ({
    ...node.internals.positionAbsolute,
    width: node.measured.width ?? 0,
    height: node.measured.height ?? 0,
  });
  const a = boxOf(from);
  const b = boxOf(to);
  const start = borderPoint(a, centerOf(b));
  const end = borderPoint(b, centerOf(a));
  const { link } = data;
  const kind = findLinkKind(codebook, link.kind);
  const width = widths[link.intensity];
  const path = `M ${start.x},${start.y} L ${end.x},${end.y}`;
  const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  const text = labelFitting(kind.label, Math.hypot(end.x - start.x, end.y - start.y));
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
          strokeDasharray: link.status === 'desired' ? `${width * 3} ${width * 2}` : undefined,
        }}
        interactionWidth={24}
      />
      {text && (
        <EdgeLabelRenderer>
          <div
            className={`lien-etiquette${selected ? ' selectionne' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${mid.x}px, ${mid.y}px)`, borderColor: kind.color }}
            data-link-id={id}
          >
            {text}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
