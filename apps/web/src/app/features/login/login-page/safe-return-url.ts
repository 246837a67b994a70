/**
 * The page to go back to after login, when it is a path inside this app. Anything else
 * (another origin, `//host`, the login page itself) is ignored so login cannot redirect away.
 */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return null;
  }
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login/')) {
    return null;
  }
  return value;
}
