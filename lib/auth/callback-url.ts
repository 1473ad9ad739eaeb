const BASE = "http://claimdesk.invalid";
const FALLBACK = "/bulletins";

/** Undoes percent-encoding until it stops changing, so `%252f` cannot hide a slash from the checks. */
function fullyDecoded(path: string): string {
  let current = path;
  for (let i = 0; i < 5; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return "\u0000";
    }
    if (next === current) return current;
    current = next;
  }
  return "\u0000";
}

// A path a browser could read as another host: `//x`, `/\x`, or a scheme after normalisation.
const OFF_SITE = /^(?:[\\/]{2}|\/?[\\]|[a-z][a-z\d+.-]*:)/i;

/**
 * The one gate for every place a URL from a request is followed (sign-in page, next-auth's
 * redirects, sign-out, the client after sign-in): a same-origin path, or the bulletin list.
 * Normalised first (dot segments, encoding) and checked again after full decoding.
 */
export function safeCallback(url: unknown): string {
  return checkedCallback(url) ?? FALLBACK;
}

/** The normalised same-origin path, or null when `url` must not be followed. */
export function checkedCallback(url: unknown): string | null {
  if (typeof url !== "string" || !url.startsWith("/") || url.length > 2_000) return null;
  // Backslashes, whitespace and control characters have no business in our own paths.
  if (/[\\\s\u0000-\u001f\u007f]/.test(url)) return null;
  let resolved: URL;
  try {
    resolved = new URL(url, BASE);
  } catch {
    return null;
  }
  if (resolved.origin !== BASE) return null;
  const path = resolved.pathname;
  const decoded = fullyDecoded(path);
  if (OFF_SITE.test(path) || OFF_SITE.test(decoded) || /[\\\u0000-\u001f\u007f]/.test(decoded)) return null;
  // Resolving the decoded path again must stay here and keep a single leading slash.
  try {
    const again = new URL(decoded, BASE);
    if (again.origin !== BASE || OFF_SITE.test(again.pathname)) return null;
  } catch {
    return null;
  }
  return `${path}${resolved.search}${resolved.hash}`;
}

/** An absolute URL on our own origin as a path; anything else as given, to be judged by checkedCallback. */
function relativeTo(url: string, baseUrl: string): unknown {
  if (!/^[a-z][a-z\d+.-]*:/i.test(url)) return url;
  try {
    const parsed = new URL(url);
    return parsed.origin === new URL(baseUrl).origin ? `${parsed.pathname}${parsed.search}${parsed.hash}` : undefined;
  } catch {
    return undefined;
  }
}

/** next-auth's redirect callback: same-origin URLs (absolute or not) pass, anything else becomes the bulletin list. */
export function safeRedirect(url: string, baseUrl: string): string {
  return `${baseUrl.replace(/\/$/, "")}${safeCallback(relativeTo(url, baseUrl))}`;
}

/** Whether next-auth may be handed `url` as a callback URL (it answers 500 to one it cannot parse). */
export function isAcceptableCallback(url: string, baseUrl: string): boolean {
  return checkedCallback(relativeTo(url, baseUrl)) !== null;
}
