/**
 * Benchmark only (bench/, issue 7). When a page is opened with `window.__maillageBench` already
 * set (the benchmark injects it before any script runs), actors and links count their renders
 * there, so that the benchmark can check that dragging one actor re-renders no other. In normal
 * use the object is absent and this costs one null check per render.
 */
interface BenchCounters {
  renders: Record<string, number>;
  edgeRenders: Record<string, number>;
  /** The room's moderation panel and its rows (issue 16), counted while phones send. */
  roomRenders?: Record<string, number>;
}

const bench = (window as Window & { __maillageBench?: BenchCounters }).__maillageBench;

export function countActorRender(id: string): void {
  if (bench) bench.renders[id] = (bench.renders[id] ?? 0) + 1;
}

export function countLinkRender(id: string): void {
  if (bench) bench.edgeRenders[id] = (bench.edgeRenders[id] ?? 0) + 1;
}

export function countRoomRender(what: 'panel' | 'row'): void {
  if (!bench) return;
  bench.roomRenders ??= {};
  bench.roomRenders[what] = (bench.roomRenders[what] ?? 0) + 1;
}
