import { useEffect, useState } from 'react';

export type Route =
  | { page: 'ateliers' }
  | { page: 'carte'; workshopId: string }
  /** The wall: the map read-only in the projector theme (renderer/projecteur). */
  | { page: 'projection'; workshopId: string }
  /** The Club des cités éducatives: every territory compared (renderer/club). */
  | { page: 'club' }
  /** « Données personnelles »: the privacy notice, for the facilitator and a data-protection officer. */
  | { page: 'confidentialite' };

/** Hash routes work the same under maillage://, http:// and file://. */
export function parseRoute(hash: string): Route {
  if (hash === '#/club') return { page: 'club' };
  if (hash === '#/confidentialite') return { page: 'confidentialite' };
  const wall = /^#\/projection\/([A-Za-z0-9_-]{1,64})$/.exec(hash);
  if (wall?.[1]) return { page: 'projection', workshopId: wall[1] };
  const match = /^#\/atelier\/([A-Za-z0-9_-]{1,64})$/.exec(hash);
  return match?.[1] ? { page: 'carte', workshopId: match[1] } : { page: 'ateliers' };
}

export function navigate(route: Route): void {
  if (route.page === 'club' || route.page === 'confidentialite') {
    window.location.hash = `#/${route.page}`;
    return;
  }
  window.location.hash =
    route.page === 'carte'
      ? `#/atelier/${route.workshopId}`
      : route.page === 'projection'
        ? `#/projection/${route.workshopId}`
        : '#/';
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
