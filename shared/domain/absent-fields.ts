/**
 * What an optional field that was never set means, written out so that a patch can set it back
 * (undo, restoring a version): undefined would vanish in JSON and leave an empty patch. An
 * actor's influence and stance are cleared by null (applyOp then removes the key).
 */
const absentAs: Readonly<Record<string, unknown>> = {
  standardType: '',
  pinned: false,
  shortLabel: '',
  influence: null,
  stance: null,
  person: false,
};

/** The value that stands for « not set » in a patch of this field. */
export function noneOf(field: string): unknown {
  return Object.hasOwn(absentAs, field) ? absentAs[field] : '';
}
