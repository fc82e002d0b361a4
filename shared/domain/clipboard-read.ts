import { z } from 'zod';
import type { Fragment } from './clipboard.js';
import { withoutLegacyActorFields } from './legacy-fields.js';
import { actorSchema, linkSchema, noteSchema } from './model-schema.js';

const fragmentSchema = z.object({
  type: z.literal('maillage-fragment'),
  // A fragment copied from an older window may carry `present` on its actors.
  actors: z
    .array(z.preprocess((a) => (a && typeof a === 'object' ? withoutLegacyActorFields(a) : a), actorSchema))
    .max(2000),
  links: z.array(linkSchema).max(10000),
  notes: z.array(noteSchema).max(5000),
});

/**
 * A fragment read back from the clipboard, checked like any input (it may come from another
 * program), or undefined when the text is not a valid one of ours.
 */
export function parseFragment(text: string): Fragment | undefined {
  if (text.length > 5_000_000) return undefined;
  try {
    const parsed = fragmentSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
