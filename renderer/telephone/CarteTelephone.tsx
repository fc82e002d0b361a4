import { useEffect, useRef, useState } from 'react';
import type { PhoneView } from '../../shared/salle/room.js';
import { CarteZoom } from './CarteZoom.js';
import { SalleError, salle } from './salle-api.js';
import { textes } from './textes.js';

/** An SVG text drawn by the room as a picture: an image cannot run anything it contains. */
function pictureUrl(svg: string): string {
  return URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
}

type Pictures = { map: string; legend: string };

function revoke(pictures: Pictures | null): void {
  if (!pictures) return;
  URL.revokeObjectURL(pictures.map);
  URL.revokeObjectURL(pictures.legend);
}

/** The map as the wall shows it, zoomable, with its legend under it; fetched again when the wall changes. */
export function CarteTelephone({ view, onError }: { view: PhoneView; onError: (error: SalleError) => void }) {
  const [pictures, setPictures] = useState<Pictures | null>(null);
  const shown = useRef<Pictures | null>(null);

  useEffect(() => () => revoke(shown.current), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version of the wall is what asks for new pictures
  useEffect(() => {
    if (view.hidden) return;
    let current = true;
    Promise.all([
      salle<{ svg: string | null }>('map.svg', {}, textes.unreachable),
      salle<{ svg: string | null }>('legend.svg', {}, textes.unreachable),
    ])
      .then(([map, legend]) => {
        if (!current || !map.svg || !legend.svg) return;
        const previous = shown.current;
        shown.current = { map: pictureUrl(map.svg), legend: pictureUrl(legend.svg) };
        setPictures(shown.current);
        // A picture already drawn stays on screen when its address is given back.
        revoke(previous);
      })
      .catch((error: unknown) => {
        if (current) onError(error instanceof SalleError ? error : new SalleError(0, textes.unreachable));
      });
    return () => {
      current = false;
    };
  }, [view.mapVersion, view.hidden, onError]);

  if (view.hidden) return <p className="aide">{textes.mapHidden}</p>;
  if (!pictures) return <p className="aide">{textes.loading}</p>;
  return (
    <section className="carte" aria-label={textes.mapLabel}>
      <CarteZoom src={pictures.map} label={textes.mapLabel} />
      <img className="legende" src={pictures.legend} alt={textes.legend} />
    </section>
  );
}
