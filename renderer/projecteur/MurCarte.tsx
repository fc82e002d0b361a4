import { type CSSProperties, useMemo, useRef } from 'react';
import type { WallView } from '../../shared/atelier/wall-view.js';
import type { MapState } from '../../shared/domain/model.js';
import type { Dimmed } from '../../shared/domain/view-filter.js';
import { wallAreaOf, wallMapOf } from '../../shared/mur/wall-map.js';
import { type CanvasDisplay, noDisplay } from '../vues/canvas-display.js';
import { CarteLecture, type Marks } from './CarteLecture.js';
import { useWallPlan } from './use-wall-plan.js';

interface MurCarteProps {
  map: MapState;
  /** The facilitator's view to follow, in map coordinates; null shows the whole map. */
  area: WallView['area'];
  marks: Marks | undefined;
  dimmed?: Dimmed;
  /** The measure sizing the actors and the groups outlined (renderer/vues/). */
  display?: CanvasDisplay;
  label: string;
}

/**
 * The map on the wall, laid out for the wall (issue 12): the actors spread over the whole box in
 * the facilitator's arrangement, every name at the plan's size, none touching. Following the
 * facilitator's view zooms into the matching region of the same layout; showing the whole map,
 * links keep their colour, thickness and quality sign and leave their kind to the legend. A map
 * too large for readable names on this wall (the plan does not fit) is drawn as the facilitator
 * laid it out, fitted to the box.
 */
export function MurCarte({ map, area, marks, dimmed, display = noDisplay, label }: MurCarteProps) {
  const box = useRef<HTMLDivElement>(null);
  const plan = useWallPlan(map, box, display.marks);
  const fits = plan !== null && plan.crowded === 0;
  const shown = useMemo(() => (plan && fits ? wallMapOf(map, plan) : null), [map, plan, fits]);
  const laidOut = useMemo(
    () =>
      plan && fits
        ? {
            sizes: new Map([...plan.boxes].map(([id, b]) => [id, { width: b.width, height: b.height }])),
            linkWords: area !== null,
          }
        : undefined,
    [plan, fits, area],
  );
  const wallArea = useMemo(() => (area && plan && fits ? wallAreaOf(area, plan) : area), [area, plan, fits]);
  const style = plan && fits ? ({ '--mur-nom': `${plan.fontSize}px` } as CSSProperties) : undefined;
  return (
    <div
      ref={box}
      className="mur-carte"
      style={style}
      data-plan={plan ? (fits ? 'mur' : 'carte') : undefined}
      data-taille-noms={fits ? plan.fontSize : undefined}
    >
      {plan && (
        <CarteLecture
          // Another canvas when the layout changes kind: no node keeps a size from the other.
          key={fits ? 'mur' : 'carte'}
          map={shown ?? map}
          area={wallArea}
          marks={marks}
          dimmed={dimmed}
          display={display}
          legend={false}
          label={label}
          laidOut={laidOut}
        />
      )}
    </div>
  );
}
