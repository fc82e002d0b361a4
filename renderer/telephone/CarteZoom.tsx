import { useCallback, useEffect, useRef, useState } from 'react';
import { textes } from './textes.js';
import { contain, fitted, panBy, toTransform, type View, zoomAt } from './zoom.js';

type Point = { x: number; y: number };

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const middle = (a: Point, b: Point) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/**
 * The map picture, zoomed with two fingers (or the buttons, for one thumb) and moved with one.
 * Pointer events only, which iOS Safari and Android Chrome both have. The transform is written
 * straight to the picture's style: a React render per finger move would only slow it down.
 */
export function CarteZoom({ src, label }: { src: string; label: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const picture = useRef<HTMLImageElement>(null);
  const view = useRef<View>(fitted);
  const pointers = useRef(new Map<number, Point>());
  const [zoomed, setZoomed] = useState(false);

  const show = useCallback((next: View) => {
    const box = frame.current?.getBoundingClientRect();
    const shown = box ? contain(next, box) : next;
    view.current = shown;
    if (picture.current) picture.current.style.transform = toTransform(shown);
    setZoomed(shown.scale > 1.001);
  }, []);

  // A new picture (the wall changed) keeps the zoom; a new size of the frame is held in bounds.
  useEffect(() => {
    const refit = () => show(view.current);
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, [show]);

  function local(event: React.PointerEvent): Point {
    const box = frame.current?.getBoundingClientRect();
    return { x: event.clientX - (box?.left ?? 0), y: event.clientY - (box?.top ?? 0) };
  }

  function onPointerDown(event: React.PointerEvent) {
    frame.current?.setPointerCapture(event.pointerId);
    pointers.current.set(event.pointerId, local(event));
  }

  function onPointerMove(event: React.PointerEvent) {
    const before = pointers.current.get(event.pointerId);
    if (!before) return;
    const now = local(event);
    const others = [...pointers.current.entries()].filter(([id]) => id !== event.pointerId);
    if (others.length === 0) {
      if (view.current.scale > 1) show(panBy(view.current, now.x - before.x, now.y - before.y));
    } else {
      const other = others[0]![1];
      const grown = zoomAt(
        view.current,
        distance(now, other) / Math.max(1, distance(before, other)),
        middle(now, other),
      );
      const moved = middle(now, other);
      const was = middle(before, other);
      show(panBy(grown, moved.x - was.x, moved.y - was.y));
    }
    pointers.current.set(event.pointerId, now);
  }

  function onPointerEnd(event: React.PointerEvent) {
    pointers.current.delete(event.pointerId);
  }

  function byButton(factor: number) {
    const box = frame.current?.getBoundingClientRect();
    show(zoomAt(view.current, factor, { x: (box?.width ?? 0) / 2, y: (box?.height ?? 0) / 2 }));
  }

  return (
    <div className="carte-zoom">
      <div
        ref={frame}
        className="carte-cadre"
        data-zoomed={zoomed || undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
      >
        <img ref={picture} src={src} alt={label} draggable={false} />
      </div>
      <div className="carte-boutons">
        <button type="button" onClick={() => byButton(1.6)} aria-label={textes.zoomIn}>
          +
        </button>
        <button type="button" onClick={() => byButton(1 / 1.6)} aria-label={textes.zoomOut} disabled={!zoomed}>
          −
        </button>
        <button type="button" onClick={() => show(fitted)} aria-label={textes.zoomFit} disabled={!zoomed}>
          ⤢
        </button>
      </div>
    </div>
  );
}
