import { z } from 'zod';
import { ApiError } from '../../shared/api/errors.js';
import { OpError } from '../../shared/domain/op-error.js';

z.config(z.locales.fr());

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.');
}

export function validationError(error: z.ZodError): ApiError {
  const issues = error.issues.slice(0, 20).map((issue) => ({ path: pathOf(issue.path), message: issue.message }));
  const first = issues[0];
  const where = first?.path ? ` (champ « ${first.path} »)` : '';
  return new ApiError({
    code: 'validation',
    message: `Données refusées${where} : ${first?.message ?? 'format inattendu'}. Rien n’a été modifié.`,
    issues,
  });
}

export function notFound(what: string): ApiError {
  return new ApiError({ code: 'not_found', message: `${what} introuvable : il a peut-être été supprimé entre-temps.` });
}

export function readOnlyError(): ApiError {
  return new ApiError({
    code: 'read_only',
    message:
      'Cette base de données vient d’une version plus récente de Maillage et n’est ouverte qu’en lecture. Mettez Maillage à jour pour la modifier ; rien n’a été écrit.',
  });
}

/** Turns anything thrown by a handler into the typed error a transport carries. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof z.ZodError) return validationError(error);
  if (error instanceof OpError) {
    return new ApiError({
      code: error.code === 'invalid' ? 'validation' : error.code,
      message: `${error.message} Rien n’a été modifié.`,
    });
  }
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    return new ApiError({
      code: 'storage',
      message: `L’enregistrement a échoué (${code}). Rien n’a été modifié ; réessayez, et si l’erreur revient, vérifiez l’espace disque.`,
    });
  }
  console.error('Maillage: erreur inattendue', error);
  return new ApiError({
    code: 'internal',
    message: 'Erreur inattendue dans Maillage. Rien n’a été modifié ; réessayez, et signalez-la si elle revient.',
  });
}
