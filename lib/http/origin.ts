/**
 * The origin a request reached the app at: NEXTAUTH_URL when set, else the Host (or a proxy's
 * X-Forwarded-Host/Proto) header, as next-auth itself does when it trusts the host.
 */
export function requestOrigin(headers: Headers, configured: string | undefined, fallbackHost: string): string {
  if (configured) return configured.replace(/\/$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? fallbackHost;
  const proto = headers.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
