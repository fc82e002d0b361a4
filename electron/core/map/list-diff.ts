export interface ListDiff<T> {
  removed: string[];
  changed: T[];
  added: T[];
}

/**
 * What changed between two versions of a list of elements. applyOp keeps the same object for an
 * element it did not touch (and the same array for a list it did not touch), so identity tells
 * what must be written.
 */
export function diffList<T extends { id: string }>(before: readonly T[], after: readonly T[]): ListDiff<T> {
  const diff: ListDiff<T> = { removed: [], changed: [], added: [] };
  if (before === after) return diff;
  const previous = new Map(before.map((item) => [item.id, item]));
  const kept = new Set<string>();
  for (const item of after) {
    const old = previous.get(item.id);
    if (!old) diff.added.push(item);
    else {
      kept.add(item.id);
      if (old !== item) diff.changed.push(item);
    }
  }
  for (const item of before) if (!kept.has(item.id)) diff.removed.push(item.id);
  return diff;
}
