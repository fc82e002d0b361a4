import type { CustomScheme } from 'electron';
import { contentTypeOf, resolveStaticPath, securityHeaders } from '../core/web-security.js';
import { appScheme, isAppUrl } from './app-url.js';

/**
 * standard: relative URLs, origin and storage like https; secure: a secure context (clipboard,
 * crypto.subtle); supportFetchAPI: module scripts load through fetch. corsEnabled stays off,
 * so that no other origin can read the app's files.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export interface StaticRequest {
  url: string;
  method: string;
}

export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string | null;
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

function textResponse(status: number, text: string, method: string): StaticResponse {
  return {
    status,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
    body: method === 'HEAD' ? null : text,
  };
}

function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/**
 * Answers one request for maillage://app/… from the files of rendererDir. Pure apart from
 * readFile, so that traversal and wrong hosts can be tested without Electron.
 */
export async function serveAppRequest(
  request: StaticRequest,
  rendererDir: string,
  readFile: ReadFile,
  appOrigin: string,
): Promise<StaticResponse> {
  const method = request.method.toUpperCase();
  if (!isAppUrl(request.url, appOrigin)) return textResponse(404, 'Introuvable.', method);
  if (method !== 'GET' && method !== 'HEAD') {
    const refused = textResponse(405, 'Méthode non permise.', method);
    return { ...refused, headers: { ...refused.headers, Allow: 'GET, HEAD' } };
  }
  const path = resolveStaticPath(rendererDir, new URL(request.url).pathname);
  if (path === undefined) return textResponse(404, 'Introuvable.', method);
  try {
    const content = await readFile(path);
    return {
      status: 200,
      // no-cache: a rebuilt renderer must show up on the next start, not a stale copy.
      headers: { ...securityHeaders, 'Content-Type': contentTypeOf(path), 'Cache-Control': 'no-cache' },
      body: method === 'HEAD' ? null : content,
    };
  } catch (error) {
    if (isMissingFile(error)) return textResponse(404, 'Introuvable.', method);
    console.error('Maillage : lecture impossible d’un fichier de l’interface', error);
    return textResponse(500, 'Erreur de lecture.', method);
  }
}
