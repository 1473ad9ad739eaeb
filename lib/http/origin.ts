/** The value a header got from the proxy nearest the client, of `trustedProxies` in front (each may append one). */
function forwarded(headers: Headers, name: string, trustedProxies: number): string | null {
  const values = (headers.get(name) ?? "").split(",").map((v) => v.trim()).filter(Boolean);
  return values.length ? values[Math.max(0, values.length - trustedProxies)] : null;
}

const envProxies = () => Number(process.env.TRUSTED_PROXY ?? 0) || 0;

/**
 * The origin (scheme, host, port) a request reached the app at, as the browser sees it: the Host
 * header, or X-Forwarded-Host/Proto only when TRUSTED_PROXY says a proxy sets them (a client can
 * send any header); https when such a proxy says so or NEXTAUTH_URL is an https address.
 */
export function servedOrigin(headers: Headers, fallbackHost: string, trustedProxies = envProxies(), configured = process.env.NEXTAUTH_URL): string {
  const proxied = trustedProxies > 0;
  const host = (proxied ? forwarded(headers, "x-forwarded-host", trustedProxies) : null) ?? headers.get("host") ?? fallbackHost;
  const https = (proxied && forwarded(headers, "x-forwarded-proto", trustedProxies) === "https") || Boolean(configured?.startsWith("https://"));
  try {
    return new URL(`${https ? "https" : "http"}://${host}`).origin;
  } catch {
    return `${https ? "https" : "http"}://${fallbackHost}`;
  }
}

/** The app's own origin for links and callback checks: NEXTAUTH_URL when set, else the one the request reached. */
export function requestOrigin(headers: Headers, configured: string | undefined, fallbackHost: string, trustedProxies = envProxies()): string {
  if (configured) return configured.replace(/\/$/, "");
  return servedOrigin(headers, fallbackHost, trustedProxies, configured);
}
