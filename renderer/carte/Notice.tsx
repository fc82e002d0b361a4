import { useEffect } from 'react';
import { useCarte, useCarteStore } from './carte-context.js';

/** A passing message (undo refused, an edit the map could not take); it fades after a while. */
export function Notice() {
  const carte = useCarteStore();
  const notice = useCarte((state) => state.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => carte.getState().setNotice(null), 8000);
    return () => clearTimeout(timer);
  }, [carte, notice]);
  if (!notice) return null;
  return (
    <p className="avis" role="status">
      ⚠ {notice}
    </p>
  );
}
