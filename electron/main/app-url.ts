/**
 * Where the renderer lives inside Electron. A privileged standard scheme gives the page a
 * real origin (storage, fetch, CSP 'self') without file:// and its extra privileges.
 */
export const appScheme = 'maillage';
export const appHost = 'app';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** The parsed URL, or undefined for anything that is not one (whatever a page or event hands over). */
export function parseUrl(url: string): URL | undefined {
  return URL.canParse(url) ? new URL(url) : undefined;
}

/**
 * True when url belongs to the app's own origin. Compares scheme and host rather than
 * URL.origin, because Node gives custom schemes an opaque "null" origin; credentials are
 * refused so that "maillage://app@evil/" cannot pass for the app.
 */
export function isAppUrl(url: string, origin: string = appOrigin): boolean {
  const target = parseUrl(url);
  const expected = parseUrl(origin);
  if (!target || !expected || expected.host === '') return false;
  return (
    target.protocol === expected.protocol &&
    target.host === expected.host &&
    target.username === '' &&
    target.password === ''
  );
}
