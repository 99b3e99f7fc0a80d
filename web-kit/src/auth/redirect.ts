/**
 * The `redirect` query of the login page, accepted only as a path inside this app: an
 * absolute or protocol-relative URL there would let a link send users elsewhere after login.
 */
export function safeRedirect(value: unknown, fallback = '/'): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return fallback;
  return path;
}
