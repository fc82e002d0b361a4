import { z } from 'zod';

/** zod's French messages for one parse, without changing zod's global settings. */
const frenchErrors = z.locales.fr().localeError;

export function safeParseInFrench<S extends z.ZodType>(schema: S, data: unknown) {
  return schema.safeParse(data, { error: frenchErrors });
}

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`))
    .join('');
}

/** The first issues of a failed parse as one French sentence: where, and what is wrong. */
export function describeIssues(error: z.ZodError, max = 3): string {
  return error.issues
    .slice(0, max)
    .map((issue) =>
      issue.path.length > 0 ? `champ «\u202f${pathOf(issue.path)}\u202f» : ${issue.message}` : issue.message,
    )
    .join(' ; ');
}
