import { useEffect } from 'react';
import { useCarte } from './carte-store.js';

/** A passing message (undo refused, an edit the map could not take); it fades after a while. */
export function Notice() {
  const notice = useCarte((state) => state.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => useCarte.getState().setNotice(null), 8000);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice) return null;
  return (
    <p className="avis" role="status">
      ⚠ {notice}
    </p>
  );
}
