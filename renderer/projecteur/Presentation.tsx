import { useEffect, useRef } from 'react';
import { useCarte } from '../carte/carte-context.js';
import { useFacilitation } from '../etapes/facilitation-store.js';
import { useWallShown } from '../vues/use-wall-shown.js';
import { Mur } from './ProjectionPage.js';

/**
 * F5 in the editor: the wall's view over the whole screen (Fullscreen API), for a laptop plugged
 * straight into the projector. Échap leaves, as in the presentation tools people know; the
 * browser's own Échap ends fullscreen, and leaving fullscreen closes the view.
 */
export function Presentation({ onClose }: { onClose: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const workshop = useCarte((s) => s.workshop);
  const map = useCarte((s) => s.map);
  const state = useFacilitation((s) => s.state);
  const wall = useWallShown(map, state);

  useEffect(() => {
    const element = box.current;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) onClose();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' || event.key === 'F5') {
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    window.addEventListener('keydown', onKey, true);
    // Refused (no user gesture, a browser setting): the view still covers the window.
    element?.requestFullscreen?.().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      window.removeEventListener('keydown', onKey, true);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onClose]);

  return (
    <div ref={box} className="presentation mur" data-testid="presentation">
      {workshop && wall && state && (
        <Mur
          workshop={workshop}
          state={{ ...state, wall: { ...state.wall, hidden: false } }}
          map={wall.map}
          marks={wall.marks}
          dimmed={wall.dimmed}
          display={wall.display}
          viewName={wall.view?.name}
          area={null}
        />
      )}
    </div>
  );
}
