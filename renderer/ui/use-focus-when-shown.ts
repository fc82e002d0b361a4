import { type RefObject, useEffect } from 'react';

/**
 * Focuses (and selects the text of) a field that has just appeared on the canvas. React Flow
 * keeps a new node hidden until it has measured it, and a hidden field cannot take the focus:
 * this tries again on the next frames until it can.
 */
export function useFocusWhenShown(field: RefObject<HTMLInputElement | HTMLTextAreaElement | null>): void {
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    const focus = () => {
      const element = field.current;
      if (!element) return;
      element.focus();
      if (document.activeElement === element) element.select();
      else if (tries++ < 30) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [field]);
}
