/** Only paths on this site are followed after sign-in: `/\evil.com` or `//evil.com` resolve elsewhere. */
export function safeCallback(url: string | undefined): string {
  if (!url || !url.startsWith("/") || /[\\\x00-\x1f]/.test(url)) return "/bulletins";
  const base = "http://claimdesk.invalid";
  const resolved = new URL(url, base);
  return resolved.origin === base ? `${resolved.pathname}${resolved.search}${resolved.hash}` : "/bulletins";
}
