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
  // Most operations (a move, an edit) keep every element in its place: compared side by side,
  // without the maps below, which on a 300-actor map were most of what a save allocated.
  if (before.length === after.length) {
    let inPlace = true;
    for (let i = 0; i < after.length && inPlace; i++) {
      const old = before[i]!;
      const item = after[i]!;
      if (old === item) continue;
      if (old.id === item.id) diff.changed.push(item);
      else inPlace = false;
    }
    if (inPlace) return diff;
    diff.changed.length = 0;
  }
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
