import type { MapState } from '../../shared/domain/model.js';
import type { CarteNode } from './carte-nodes.js';

const glideMs = 450;

/** Moves the nodes on screen from where the actors are to where layout puts them. */
export function glide(
  map: MapState,
  moves: readonly { id: string; x: number; y: number }[],
  setNodes: (update: (nodes: CarteNode[]) => CarteNode[]) => void,
): Promise<void> {
  if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) return Promise.resolve();
  const from = new Map(map.actors.map((a) => [a.id, { x: a.x, y: a.y }]));
  const to = new Map(moves.map((m) => [m.id, m]));
  const start = performance.now();
  return new Promise((resolve) => {
    function frame(now: number) {
      const k = Math.min(1, (now - start) / glideMs);
      const eased = k < 0.5 ? 2 * k * k : 1 - (-2 * k + 2) ** 2 / 2;
      setNodes((current) =>
        current.map((node) => {
          const a = from.get(node.id);
          const b = to.get(node.id);
          if (!a || !b) return node;
          return { ...node, position: { x: a.x + (b.x - a.x) * eased, y: a.y + (b.y - a.y) * eased } };
        }),
      );
      if (k < 1) window.requestAnimationFrame(frame);
      else resolve();
    }
    window.requestAnimationFrame(frame);
  });
}
