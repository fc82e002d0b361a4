import { type ReactFlowState, useStore } from '@xyflow/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box } from '../../shared/domain/geometry.js';
import type { Actor } from '../../shared/domain/model.js';
import { hullIsClear, softHullPath } from '../../shared/measures/hulls.js';
import { useCarte } from '../carte/carte-context.js';

/** Room kept around a group's actors, as in the exported picture (shared/map-picture/hulls-svg.ts). */
const padding = 28;

interface Hull {
  path: string;
  x: number;
  y: number;
  letter: string;
  anchor: string;
}

const selectTransform = (s: ReactFlowState) => `${s.transform[0]},${s.transform[1]},${s.transform[2]}`;

/**
 * The groups that work among themselves, as soft outlines under the links and actors of a canvas
 * (editor or wall), drawn in map coordinates from the actors' measured boxes, so they follow a
 * drag and a resized name. Each is named « Groupe A, autour de … »; each member carries the letter,
 * and a group spread among other actors gets no outline (it would take them in).
 */
export function GroupesCalque({ actors }: { actors: readonly Actor[] }) {
  const { t } = useTranslation();
  const groups = useCarte((s) => s.display.groups);
  const marks = useCarte((s) => s.display.marks);
  // One string per state of the members' boxes: the outlines redraw only when one of them moves.
  const selectHulls = useCallback(
    (s: ReactFlowState) => {
      const hulls: Hull[] = groups.flatMap((group) => {
        const boxes: Box[] = group.members.flatMap((id) => {
          const node = s.nodeLookup.get(id);
          if (!node?.measured.width || !node.measured.height) return [];
          const { x, y } = node.internals.positionAbsolute;
          return [{ x, y, width: node.measured.width, height: node.measured.height }];
        });
        const members = new Set(group.members);
        const others: Box[] = [];
        for (const node of s.nodeLookup.values()) {
          if (node.type !== 'acteur' || members.has(node.id) || !node.measured.width || !node.measured.height) continue;
          const { x, y } = node.internals.positionAbsolute;
          others.push({ x, y, width: node.measured.width, height: node.measured.height });
        }
        if (boxes.length === 0 || !hullIsClear(boxes, others)) return [];
        return [
          {
            path: softHullPath(boxes, padding),
            x: Math.min(...boxes.map((b) => b.x)),
            y: Math.min(...boxes.map((b) => b.y)) - padding,
            letter: marks.get(group.anchor)?.letter ?? '',
            anchor: group.anchor,
          },
        ];
      });
      return JSON.stringify(hulls);
    },
    [groups, marks],
  );
  const drawn = useStore(selectHulls);
  const transform = useStore(selectTransform);
  if (groups.length === 0) return null;
  const hulls = JSON.parse(drawn) as Hull[];
  const [x = 0, y = 0, zoom = 1] = transform.split(',').map(Number);
  const labelOf = new Map(actors.map((a) => [a.id, a.label]));
  return (
    <svg className="groupes-calque" aria-hidden="true">
      <g transform={`translate(${x},${y}) scale(${zoom})`}>
        {hulls.map((hull) => (
          <g key={hull.anchor}>
            <path d={hull.path} className="groupe-contour" />
            <text x={hull.x} y={hull.y - 8} className="groupe-nom">
              {t('mesures.group', { letter: hull.letter, name: labelOf.get(hull.anchor) ?? '' })}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
