// Two spellings of one page should find the same source: scheme and host in lower case, no default
// port, no fragment, no tracking parameters, no trailing slash. Query order is kept: it can matter.

const TRACKING = /^(utm_\w+|fbclid|gclid|spm|from|share_token)$/i;

export function canonicalUrl(raw: string): string {
  const url = new URL(raw.trim());
  url.hash = "";
  url.hostname = url.hostname.toLowerCase();
  if ((url.protocol === "http:" && url.port === "80") || (url.protocol === "https:" && url.port === "443")) url.port = "";
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  let text = url.toString();
  if (url.pathname.endsWith("/") && url.pathname !== "/" && !url.search) text = text.replace(/\/$/, "");
  if (url.pathname === "/" && !url.search) text = text.replace(/\/$/, "");
  return text;
}
