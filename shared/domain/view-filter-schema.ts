import { z } from 'zod';
import { codeId } from './codebook-schema.js';
import { entityId } from './model-schema.js';
import type { ViewFilter } from './view-filter.js';

/** How a filter is checked where it comes in: inside a saved view, from the core or a file. */
const codes = z.array(z.string().max(40)).max(100);

export const viewFilterSchema = z.strictObject({
  categories: z.array(codeId).max(100).optional(),
  kinds: z.array(codeId).max(100).optional(),
  qualities: codes.optional(),
  statuses: codes.optional(),
  engagements: codes.optional(),
  representation: codes.optional(),
  focus: entityId.optional(),
});

// A dimension added to ViewFilter without its check here (or the reverse) fails to compile.
type Checked = z.infer<typeof viewFilterSchema>;
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
export const viewFilterSchemaCoversViewFilter: SameKeys<Checked, ViewFilter> = true;
